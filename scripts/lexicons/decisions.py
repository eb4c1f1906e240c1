"""Review decisions for data/non-standard.json (Tutur project).

Everything here is a human review decision on the source lists; the build script
applies it. Words only: no tweet text.
"""
import os as _os
HERE = _os.path.dirname(_os.path.abspath(__file__))
WORK = _os.environ.get('LEXICON_WORK', '/tmp/tutur-lexicons')
_os.makedirs(WORK, exist_ok=True)

# ---------------------------------------------------------------- baku list (Wikipedia via spaCy)

# Flagged rows (32) -> decision. 'drop' or a fixed (key, value) or 'informal'.
FLAGGED = {
    'yg': 'informal',            # abbreviation, not a misspelling -> informal map
    'kalo': 'informal',
    'cawu': 'informal',          # caturwulan abbreviation
    'ok': 'drop',                # English/international, fine in many registers; STIF kept it 3/10
    'tradisionil': ('tradisionil', 'tradisional'),   # target typo in source
    'bis': ('bis', 'bus'),       # KBBI: bis -> bus (non-baku variant)
    'goa': 'drop',               # proper names of caves (Goa Gong, Goa Pindul) are written with Goa
    'sop': 'drop',               # SOP (standard operating procedure) is everywhere in government posts
    'jenius': ('jenius', 'genius'),  # KBBI: genius is the baku form
    'prancis': ('perancis', 'prancis'),  # reversed in the source: Prancis is baku
    'sumatra': 'drop',           # province names officially use "Sumatera"; both spellings are in use
    'komplex': ('komplex', 'kompleks'),  # target fixed
    'pemukiman': 'drop',         # KBBI lemma (the act of settling), differs from permukiman in meaning
    'penyewaan': 'drop',         # KBBI lemma (the act of renting), differs from persewaan
    'nongkrong': 'drop',         # colloquial verb; "tongkrong" is a root, not a drop-in replacement
    'hantar': 'drop',            # KBBI lemma (menghantarkan, penghantar listrik)
    'panutan': 'drop',           # KBBI lemma
    'china': 'drop',             # Keppres 12/2014: government uses Tiongkok/Tionghoa; "Cina" is offensive to many
    'hembus': ('hembus', 'embus'),   # KBBI: embus is baku
    'hadist': ('hadist', 'hadis'),   # target fixed
    'emak': 'drop',              # KBBI lemma
    'antartika': 'drop',         # source typo (sntarktika); dropped as the brief asks
    'arteri': 'drop',            # KBBI lemma (jalan arteri)
    'depo': 'drop',              # KBBI lemma; "Depo" in many facility names
    'gladi': ('gladi', 'geladi'),    # KBBI: geladi is baku ("geladi bersih")
    'alpukat': 'drop',           # KBBI lemma
    'graha': 'drop',             # KBBI lemma; building names "Graha ..."
    'korden': ('korden', 'gorden'),  # KBBI: gorden baku
    'sensorik': 'drop',          # both in KBBI
    'narkotika': 'drop',         # KBBI lemma; used in law (UU Narkotika, BNN)
    'oase': 'drop',              # KBBI lemma
    'politisi': 'drop',          # accepted standard word
}

# Unflagged baku rows that were also reviewed and dropped or changed.
BAKU_DROP = {
    'memperhatikan': 'KBBI lists both memperhatikan and memerhatikan; not an error',
    'agribisnis': 'KBBI lemma; used in agency names (Dinas ... Agribisnis)',
    'kokoh': 'KBBI lists kokoh as a lemma as well as kukuh',
    'konfeksi': 'KBBI lemma (ready-made clothing); the pair is reversed in meaning',
    'sarap': 'KBBI lemma (to breakfast: sarapan)',
    'limo': 'also a district name (Limo, Depok); limusin still covered by limosin',
    'exim': 'Bank Exim / ekspor-impor abbreviation',
    'dharma': 'official names (Dharma Wanita Persatuan) use the spelling',
    'bhakti': 'official names (Bhakti Husada, Hari Bhakti ...) use the spelling',
    'rame': 'colloquial form, moved to the informal map',
    'kafilah': 'KBBI lemma is kafilah; the pair is reversed',
}
BAKU_FIX = {
    'terompet': ('trompet', 'terompet'),   # source pair reversed: KBBI lemma is terompet
    'ustadzah': ('ustadzah', 'ustazah'),   # target fixed (feminine form)
}
BAKU_TO_INFORMAL = {'rame': 'ramai'}

# ---------------------------------------------------------------- project-written standard entries
# Misspellings and spacing errors that are wrong in any register (EYD V / KBBI), written by the
# Tutur project. di+place splits are left to spelling.di-preposition (same engine) unless the
# second half is not in that rule's place list.
STANDARD_ADD = {
    # derived forms of the listed roots
    'himbauan': 'imbauan', 'menghimbau': 'mengimbau', 'dihimbau': 'diimbau', 'menghimbaukan': 'mengimbaukan',
    'mempraktekkan': 'mempraktikkan', 'dipraktekkan': 'dipraktikkan', 'praktek-praktek': 'praktik-praktik',
    'beresiko': 'berisiko', 'resikonya': 'risikonya',
    'menganalisa': 'menganalisis', 'dianalisa': 'dianalisis', 'penganalisa': 'penganalisis',
    'perijinan': 'perizinan', 'diijinkan': 'diizinkan', 'mengijinkan': 'mengizinkan', 'seijin': 'seizin', 'ijinnya': 'izinnya',
    'aktifitasnya': 'aktivitasnya', 'sportifitas': 'sportivitas', 'sensitifitas': 'sensitivitas',
    'objektifitas': 'objektivitas', 'konektifitas': 'konektivitas', 'produktifitasnya': 'produktivitasnya',
    'menasehati': 'menasihati', 'dinasehati': 'dinasihati',
    'jamannya': 'zamannya',
    'kadaluarsa': 'kedaluwarsa', 'kedaluarsa': 'kedaluwarsa', 'kadaluwarsanya': 'kedaluwarsanya',
    'antrian': 'antrean', 'mengantri': 'mengantre', 'antriannya': 'antreannya',
    'menghembuskan': 'mengembuskan', 'hembusan': 'embusan',
    'febuari': 'februari', "jum'at": 'jumat',
    'tehnis': 'teknis', 'tekhnis': 'teknis', 'tekhnologi': 'teknologi', 'tehnisi': 'teknisi',
    'managemen': 'manajemen', 'manajement': 'manajemen', 'management': 'manajemen', 'menejer': 'manajer',
    'sekertariat': 'sekretariat', 'sekretariatan': 'kesekretariatan',
    'prosentase': 'persentase', 'efesien': 'efisien', 'efesiensi': 'efisiensi',
    'legalisir': 'legalisasi', 'dilegalisir': 'dilegalisasi', 'melegalisir': 'melegalisasi',
    'mengorganisir': 'mengorganisasi', 'diorganisir': 'diorganisasi', 'mengkoordinir': 'mengoordinasi',
    'dikoordinir': 'dikoordinasi', 'minimalisir': 'minimalkan', 'meminimalisir': 'meminimalkan',
    'diminimalisir': 'diminimalkan', 'kordinasi': 'koordinasi',
    'mengkonsumsi': 'mengonsumsi', 'mensukseskan': 'menyukseskan', 'mensosialisasikan': 'menyosialisasikan',
    'mengkoordinasikan': 'mengoordinasikan', 'mentaati': 'menaati', 'menterjemahkan': 'menerjemahkan',
    'mengkampanyekan': 'mengampanyekan', 'mengkomunikasikan': 'mengomunikasikan', 'mengkonfirmasi': 'mengonfirmasi',
    'mempublikasikan': 'memublikasikan', 'mempopulerkan': 'memopulerkan', 'mensejahterakan': 'menyejahterakan',
    'menghianati': 'mengkhianati',
    # spacing (EYD V)
    'terimakasih': 'terima kasih', 'terimakasi': 'terima kasih', 'kerjasama': 'kerja sama', 'bekerjasama': 'bekerja sama',
    'kerjasamanya': 'kerja samanya', 'tanggungjawab': 'tanggung jawab', 'bertanggungjawab': 'bertanggung jawab',
    'orangtua': 'orang tua', 'ibukota': 'ibu kota', 'balaikota': 'balai kota', 'walikota': 'wali kota',
    'sepakbola': 'sepak bola', 'tandatangan': 'tanda tangan', 'beritahu': 'beri tahu', 'luarbiasa': 'luar biasa',
    'masalalu': 'masa lalu', 'seringkali': 'sering kali', 'bulutangkis': 'bulu tangkis', 'tindaklanjut': 'tindak lanjut', 'apakabar': 'apa kabar',
    'komplek': 'kompleks', 'kost': 'kos',
    'darimana': 'dari mana', 'daritadi': 'dari tadi',
    'kemana': 'ke mana', 'kesini': 'ke sini', 'kesana': 'ke sana', 'kesitu': 'ke situ', 'keatas': 'ke atas',
    'kebawah': 'ke bawah', 'kedepan': 'ke depan', 'kedepannya': 'ke depannya', 'kebelakang': 'ke belakang',
    'kedalam': 'ke dalam', 'kerumah': 'ke rumah', 'ketempat': 'ke tempat', 'kekanan': 'ke kanan', 'kekiri': 'ke kiri',
    'kemana-mana': 'ke mana-mana', 'kemanapun': 'ke mana pun',
    'dimanapun': 'di mana pun', 'diantaranya': 'di antaranya', 'disaat': 'di saat', 'dimasa': 'di masa',
    'disetiap': 'di setiap', 'diseluruh': 'di seluruh', 'diawal': 'di awal', 'diakhir': 'di akhir',
    'didunia': 'di dunia', 'dibidang': 'di bidang', 'diacara': 'di acara', 'dihari': 'di hari', 'ditahun': 'di tahun',
    'diwaktu': 'di waktu', 'dikala': 'di kala', 'dimalam': 'di malam', 'dipagi': 'di pagi', 'diujung': 'di ujung',
    'disekeliling': 'di sekeliling',
    'apapun': 'apa pun', 'siapapun': 'siapa pun', 'kapanpun': 'kapan pun', 'manapun': 'mana pun',
    'itupun': 'itu pun', 'inipun': 'ini pun', 'sedikitpun': 'sedikit pun', 'satupun': 'satu pun',
    'akupun': 'aku pun', 'kamipun': 'kami pun', 'kitapun': 'kita pun', 'diapun': 'dia pun', 'merekapun': 'mereka pun',
    'sayapun': 'saya pun', 'kamupun': 'kamu pun', 'iapun': 'ia pun',
    # religious terms (KBBI forms)
    'musholla': 'musala', 'mushola': 'musala', 'mushala': 'musala', 'wudhu': 'wudu', 'qurban': 'kurban',
    'romadhon': 'ramadan', 'ramadlan': 'ramadan', 'infaq': 'infak', 'shodaqoh': 'sedekah', 'shadaqah': 'sedekah',
    'sholawat': 'selawat', "do'a": 'doa', 'astaghfirullah': 'astagfirullah', 'insyallah': 'insyaallah',
    'silahturahmi': 'silaturahmi', 'silaturrahmi': 'silaturahmi', 'silaturrahim': 'silaturahim',
    'alloh': 'allah', 'allaah': 'allah', 'alhamdulillaah': 'alhamdulillah', 'allhamdulillah': 'alhamdulillah',
    'bissmillah': 'bismillah', 'assalammualaikum': 'assalamualaikum', 'istighfar': 'istigfar',
    'bersholawat': 'berselawat', 'shubuh': 'subuh', 'ashar': 'asar',
    # others seen in IndoCollex that are misspellings rather than slang
    'standart': 'standar', 'apartement': 'apartemen', 'galery': 'galeri', 'costum': 'kostum', 'parfume': 'parfum',
    'karoke': 'karaoke', 'tosca': 'toska', 'arabica': 'arabika', 'hoby': 'hobi', 'catering': 'katering',
    'donut': 'donat', 'velg': 'pelek', 'somay': 'siomai', 'bakmie': 'bakmi', 'oom': 'om', 'jagad': 'jagat',
    'kebanggan': 'kebanggaan', 'ekspetasi': 'ekspektasi', 'resleting': 'ritsleting', 'tentrem': 'tenteram',
    'tentram': 'tenteram', 'sprei': 'seprai', 'rejekinya': 'rezekinya', 'beraktifitas': 'beraktivitas',
    'binggung': 'bingung', 'lansung': 'langsung', 'hastag': 'tagar',
    'kwalitas': 'kualitas', 'pamutusan': 'pemutusan', 'mahasiswai': 'mahasiswa',
    'nopember': 'november', 'isteri': 'istri', 'putera': 'putra', 'sutera': 'sutra',
    'nyebrang': 'menyeberang', 'menyebrangi': 'menyeberangi', 'penyebrangan': 'penyeberangan',
    # Loanword spellings by the regular EYD V / KBBI adaptation rules (Pedoman Umum Pembentukan
    # Istilah): qu/kw → ku, y → j in "obyek", -ifitas → -ivitas (the -ivitas words of hunspell-id),
    # -tip → -tif, i → e in "sistim"/"apotik"; each target checked against hunspell-id or KBBI.
    'konsekwen': 'konsekuen', 'likwiditas': 'likuiditas', 'likwidasi': 'likuidasi', 'akwarium': 'akuarium',
    'kwarsa': 'kuarsa', 'kwesioner': 'kuesioner', 'kualitet': 'kualitas',
    'obyektivitas': 'objektivitas', 'obyektifitas': 'objektivitas',
    'agresifitas': 'agresivitas', 'ekspresifitas': 'ekspresivitas', 'kolektifitas': 'kolektivitas',
    'konduktifitas': 'konduktivitas', 'progresifitas': 'progresivitas', 'radioaktifitas': 'radioaktivitas',
    'reaktifitas': 'reaktivitas', 'relatifitas': 'relativitas', 'selektifitas': 'selektivitas',
    'definitip': 'definitif', 'sistimatis': 'sistematis', 'apotiker': 'apoteker',
    'kontinyu': 'kontinu', 'relijius': 'religius', 'baterei': 'baterai', 'batrai': 'baterai', 'villa': 'vila',
    'trilyunan': 'triliunan', 'azasi': 'asasi', 'fihak': 'pihak', 'fasal': 'pasal', 'ihlas': 'ikhlas',
    'indera': 'indra', 'ilmuan': 'ilmuwan', 'ketrampilan': 'keterampilan', 'ketentraman': 'ketenteraman',
    'kementrian': 'kementerian',
    # Affixed forms of listed roots (attested in FrequencyWords or NER-P train; the root's pair decides).
    'berhutang': 'berutang', 'menghisap': 'mengisap', 'dihisap': 'diisap', 'penghisap': 'pengisap',
    'terhisap': 'terisap', 'merespon': 'merespons', 'direspon': 'direspons', 'ijinkan': 'izinkan',
    'fikirkan': 'pikirkan', 'difikirkan': 'dipikirkan', 'terfikir': 'terpikir', 'berfikiran': 'berpikiran',
    'kelembaban': 'kelembapan', 'pelembab': 'pelembap', 'memperdulikan': 'memedulikan', 'perdulikan': 'pedulikan',
    'goncangan': 'guncangan', 'menggoncang': 'mengguncang', 'tergoncang': 'terguncang',
    'mendiagnosa': 'mendiagnosis', 'didiagnosa': 'didiagnosis', 'berhembus': 'berembus', 'hembuskan': 'embuskan',
    'menghembus': 'mengembus', 'kecoklatan': 'kecokelatan', 'merubuhkan': 'merobohkan', 'menghapal': 'menghafal',
    'memproklamirkan': 'memproklamasikan', 'kekuatiran': 'kekhawatiran', 'dikuatirkan': 'dikhawatirkan',
    'mengkuatirkan': 'mengkhawatirkan', 'kuatirkan': 'khawatirkan', 'berkotbah': 'berkhotbah',
    'sebrangi': 'seberangi', 'mengasikkan': 'mengasyikkan', 'bermerk': 'bermerek', 'ditelpon': 'ditelepon',
    'menelpon': 'menelepon', 'mengkonfirmasikan': 'mengonfirmasikan', 'bernegoisasi': 'bernegosiasi',
    'mempersilahkan': 'mempersilakan', 'dipersilahkan': 'dipersilakan', 'persilahkan': 'persilakan',
    'berkarir': 'berkarier', 'terjerembab': 'terjerembap',
}

# ---------------------------------------------------------------- informal map (IndoCollex)

# IndoCollex keys that compromise/stopwords-en know as English but that are overwhelmingly
# Indonesian chat abbreviations (STIF train: changed in >= 80% of occurrences, or no English
# reading in posts). Everything else in the English overlap is dropped.
RESCUE_EN = {'ga', 'gw', 'sy', 'jd', 'td', 'aq', 'bs', 'org', 'males', 'ni', 'ane', 'thx', 'trims',
             'mw', 'qt', 'sj', 'dg', 'muter', 'sm', 'hrs', 'sgt', 'pd', 'tp'}
# IndoCollex keys that hunspell-id accepts but that are colloquial forms (checked by hand and on STIF).
RESCUE_HS = {'dah', 'gue', 'kalo', 'bentar', 'udeh', 'apaan', 'yuk', 'soalnya', 'ati-ati', 'afal',
             'man-teman', 'dibilang', 'kayanya'}

# Chat abbreviations that are also acronyms in capitals (PD, DPT, SPT, TP PKK) are kept: the
# spelling rule skips words in capitals, so only the lower-case chat forms "pd", "dpt", "spt", "tp"
# are fixed (issue 15: an official post writes "pada", "dapat", "seperti", "tetapi").

# Standard entries whose clitic forms ("kantungnya") are not added: the root's pair is doubtful
# (LEXICONS.md, "Left for review").
CLITIC_SKIP = {'jenius', 'kantung'}

# Dropped IndoCollex keys, by reason (reasons go into LEXICONS.md).
DROP = {
    'english word or phrase (code-switching, not an informal form)': '''
        achievements activities adventures airline amigos angels animals attending aunty basecamp beautifull
        bestfriend bestie bikers birds boutique breaktime bullshit cafe caffe choices christ christmas cinemas coffe
        coffeenatics collab congrats countries decor depends devils everythings everytime familys fams fastpay feliz
        flashback flyover folks foods fruits goals goodbyes goodluck goodnight gotta gracias grande guyss guysss
        happines hardcover haters holidays homecoming homestay hometown hype ideas inframe islamic islands items
        jamming jobs lessons lifes lifestyle lips locals located malls meetup memories moments mountains noob
        peoples peptalk photos pics pictures prayers pricelist products quando rafting residences ribs ringroad
        roads rockstar rooftop runners seafood seasons skyline songs soulmate stairs stories sunsets temples
        terraces theatre tickets todays todo todos tools toys trees tshirt unboxing valentines videos villas
        waterfalls waters wellcome womens worlds yall youu openbooking bday idk fyi tbh hbd gws gbu xo ur merci
        amo serie sempre und que hola bai bby bcs bruh brader og os pb pc pcs pcx req rmv del edt tl twt vid fb ig
        wasap yutub tuiter twiter snapchat pabji emot emyu mekdi juve dlingo bensu satnight satnite suport
        recomended aquarius horison honour favourite details standards english korean italian indonesian
        indonesias balinese chinese french germany england europe thailand donuts satay spam makeup dejavu
        babybenz bigmall fakenail fakboi gaes guys folback folbek follback polbek unfoll hepi selow skuad shopz
        callwa onlen donlot instal followers fav fave''',
    'laughter, interjection or particle (no formal equivalent; a deletion, not a replacement)': '''
        aah ahhh ahhhh ahahaha hahaa hahah hahahaa hahahah hahahaha hahahahaa hahahahah hahahahaha hahahahahaha
        hahahahahahaha hahahahha hahahha hahahhaa hahha hahhaa hahhaha hehe hehee heheh hehehe heheheh hehehehe
        heuheu hha hhe hihi hihihi hiks hilih hmmm hmmmmm hohoho huhu jajaja kwkw kwkwk kwkwkw wahaha wkkw wkkwkw
        wkw wkwk wkwkk wkwkkw wkwkkwkw wkwkw wkwkwk wkwkwkk wkwkwkkw wkwkwkw wkwkwkwk wkwkwkwkw wkwkwkwkwk wkwwk
        wqwq wqwqwq xixixi ehehe ehhh ihh iii uuu haaa hoo dih doh cieee dehh dhe dech dongg donggg dongs donk doong
        laaah laah lahh lahhh leh lheue lhok lhooo lohh lohhh nahh sich sihh siii yaaah yaah yach yahhh heyy woii
        woiii woyy wo oey cong cusss hiya hy unch unyu uwu oalah walaa waah waaah waaaah wahh yaaa yaaaa yaaaaa
        yaak yakk yeee yeh yha yh yess yesss yey yeay yay yuhuuu kkkk kkkkk kakk kakkk kaks kann kannn aduhh
        aduhhh duhh duhhh hadeh hadeuh haduh astagaaa mm gilaaa gilak gile yaelah yakali yakan yekan iyain
        neh nich nie noh tuch tuhh tuu''',
    'profanity or vulgar (belongs in a profanity list, not a formal replacement)': '''
        ajg ajig anjay anjeng anjg anjirr anjirrr anying njing njir njirr gblk goblog bgsd bgst bngst bangke
        jancok jingan taik kntl ngentot ngewe nyet bokep sange fak ogeb lolot bacod bct ngebacot ngab''',
    'reversed-syllable slang (rev): the reversed form is a real word or too rare': '''
        agit anam asaib alig edapes hacep ipok isilop kadit kilab kinap ledom libom nakam naracap rotom rudit
        sabeb sutup takis ucul urab''',
    'regional-language word (a translation, not a formal spelling; values unreliable)': '''
        adus akeh alon ambyar arep awakmu batur cai ceunah curug deui dewe dewek durung duwe elek enjing entek
        gawe gedhe gelem geus hayam heula ieu iki iku ireng isok isuk itam jebul jang jeung kabeh kedaton kene
        keur kieu kitu kowe kulo luwih maneh melu meneh mergo metu mlaku mboh mboten mbuh naha naon ndelok ngene
        ngono ngombe nggeh nggih nggo nuhun numpak ojo omah ono opo pisan piro punten rasane roso rumoh saha
        saiki sampun sareng sedulur sesok sesuk siapo songo sopo samo sape tenan teuing tjilik tresno tuo turu
        wani wedok wetan wilujeng apo kito jugo pokoke makane soale bapake rasah oge uga lur nyo aing antum
        kalii manjah monggo suwun nuwun hatur kao muke ja oya''',
    'official acronym or standard abbreviation (handled by the acronym rule; fine in formal text)': '''
        abg adk bem brigjen cawapres dishub dpc dirut diklat drg fgd fpi hmi ipk ips istora kabid kadis kanwil
        kemenpar menpar kominfo ketum ormas parpol paslon pilpres pileg plt pltu polwan ponpes ppsu pku rakor
        rsi rsj rsia ruko satgas satker satpol spd spn tkp tpu wagub gub kab kec kel prov rs rm hlm jl jln jt kg
        dll dsb ttd yth op baksos warteg medsos hj bpk sdr sbb k3 idr jb no111 t4 ke2 tgl tsb''',
    'collides with a common all-caps acronym in government posts': '''
        sd smp kk km pkl sk lp ds tb cp ad kt kta bli''',
    'place name, brand or person name (handled by places.json or not a spelling issue)': '''
        jogja yogya jkt sby bdg dps srby suroboyo makasar jak jakpus jaksel jateng jatim kalbar kaltim sulteng
        sultra sumsel sumut indo hongkong jowo gatsu jesus kocheng waroeng waroenk warunk warong kampoeng
        djakarta atjeh acheh dapoer roemah boemi kedhai koffie kramat kraton pulo muaro mlati pendikar bambank
        sulthan syech sholeh soleh gunungkidul gunungsari bukittinggi ulakkarang kotagede kambingbuntutdaging
        bapakibu padasuka kabupatenkota naikturun matahati kebon lg''',
    'religious term where the informal/formal choice is contested (aamiin/amin) or value wrong': '''
        aamiin aamin amiin amiiin aminnn barokah barakallah ghibah jannatul ummah rabb robb wahab walhamdulillah
        wasallam wrwb ied eid insyaa insyaallah allahuakbar iqro ughtea ukhti ukhty''',
    'debatable or wrong target in IndoCollex': '''
        bang bg bio hoaks hedon insom halu gabut bete jaim bucin pelakor php jastip
        ootd mabar kopdar copas mantul mantab mantapp mantep baper baperan salfok curhat diklat pileg
        micin ngabuburit nganu ngapa2in ngapain nganti nongkrong ngebolang ngebolam kepoin maskeran senyumin iyain dibilangin
        nyampah nyanding nyempil nyesek nyombong mutualan kulineran pantengin motoin fotoin ngetweet ngetwit ngegas ngemil
        nyemil ngiler ngomongnya diaplikasi beneran abisnya jadian ketemuan udahan ngakunya mikirnya blusukan berflower diguyur
        dikata jadul kinclong srimping sekotong umrik salalu rsia tepar unfaedah ndeso zonk xtra mimin
        apasih pasih paan segini segitu segampang segede temeni gangguin nipu gantengnya capeknya captionnya endingnya
        duitnya mbanya maennya babynya ceweknya emaknya adeknya temennya orgnya pengennya liatnya kyknya kykny temenku
        adekku hasilnyaaa senengnya mauu mauuu mauuuu alay alai agan alamin arek enam utas tikas
        aud malang anjir katanya makanya mah pah lum sdr takkan bagaimanapun begitulah keempat difoto
        diubah kenali kurangi lalui pahami sadari nyalakan dalem gua kerjo kuingin akuingin enggakpunya gamasalah
        ontheway otewe tenkyu rapopo petrus gedhe gaess gaesss gais geesss amigos basudara rangorang orangorang
        orderan orderannya ngakak ngambek ngotot temani lewati nambah ap png mw kmi ni hbs baiq plg smg maba dolo aa acc adha adoh alaa aqui ay beb saay badmood beaches balek bkp blk blang bodoamat boker boking bolang
        bosqu bosque bosss cuan dd depo este eug flek gank genks gass gasss gassss gokil gowes hitz hq jend
        jngkir jujurly jw kanaan kcp kdrama kmh ko komp kppn koyo luv mamam mee melow mosok muncak naksir ngadem
        ngalam ngecap pdh pdt pemko pemprov pms pmn prancis profdr qu samaan selebgram sik slamet smo sooo
        teling tul tumpa ustadzabdulsomad yasinan waena wanna yk yo yooo ponsel gini ginian gni gtu masukin
        nyangkut
       ''',
    'di-/ke- split handled by the spelling.di-preposition rule (same engine)': '''
        diantara diatas dibawah dibelakang didalam didalamnya didapur didepan dijalan dikamar dikampung
        dikampus dikantor dikota dilapangan diluar diluaran dipasaran dipinggir dirumah disana disebelah
        disekitar disekolah disini disitu disitulah ditempat ditengah dimana dimana2 dimna dmn dmna dsini dsni
        drmh ditangan dimata dimuka diposisi dilain dilombok dikosan''',
}

# Proper nouns keep their capital in a fix ("Allah", "Februari"); the rest of a value is lower case.
PROPER_NOUNS = {'allah': 'Allah', 'februari': 'Februari', 'jumat': 'Jumat', 'november': 'November', 'prancis': 'Prancis',
                'ramadan': 'Ramadan', 'rabu': 'Rabu', 'sabtu': 'Sabtu', 'senin': 'Senin'}

# Value corrections for kept IndoCollex keys (review decisions; STIF train used where it had evidence).
VALUE = {
    'ane': 'saya', 'aq': 'aku', 'ak': 'aku', 'akoh': 'aku', 'akuh': 'aku', 'akuu': 'aku', 'akuuu': 'aku', 'akuuuu': 'aku',
    'pake': 'pakai', 'pakek': 'pakai', 'pke': 'pakai',
    'bales': 'balas', 'bls': 'balas',
    'benerin': 'betulkan', 'bantuin': 'bantu', 'cobain': 'coba', 'bikinin': 'buatkan', 'buatin': 'buatkan',
    'liatin': 'lihat', 'diliatin': 'dilihat', 'diomongin': 'dibicarakan', 'banyakin': 'perbanyak',
    'bersihin': 'bersihkan', 'beresin': 'bereskan', 'bawain': 'bawakan', 'beliin': 'belikan',
    'bangunin': 'bangunkan', 'bayarin': 'bayarkan', 'ajarin': 'ajarkan', 'ajakin': 'ajak', 'masukin': 'masukkan',
    'deketin': 'dekati', 'dengerin': 'dengarkan', 'ikutin': 'ikuti', 'jagain': 'jaga', 'lewatin': 'lewati',
    'tungguin': 'tunggu', 'nungguin': 'menunggu', 'ngingetin': 'mengingatkan', 'ingetin': 'ingatkan',
    'samperin': 'hampiri', 'siapin': 'siapkan', 'nyiapin': 'menyiapkan', 'urusin': 'urus', 'ngurusin': 'mengurusi',
    'ngurus': 'mengurus', 'dapetin': 'dapatkan', 'temenin': 'temani', 'nemenin': 'menemani', 'bilangin': 'beri tahu',
    'kepikiran': 'terpikir', 'kepengen': 'ingin', 'nyadar': 'sadar', 'ngopi': 'minum kopi', 'ngupi': 'minum kopi',
    'ngeteh': 'minum teh', 'nugas': 'mengerjakan tugas', 'nyicil': 'mencicil', 'nyender': 'bersandar',
    'ngutang': 'berutang', 'ngepost': 'mengunggah', 'diupload': 'diunggah', 'postingan': 'unggahan',
    'ngechat': 'mengirim pesan', 'ngedate': 'berkencan', 'ngantri': 'mengantre', 'ngmg': 'berbicara',
    'ngmng': 'berbicara', 'ngomong': 'berbicara', 'ngomongin': 'membicarakan', 'ngobrolin': 'membicarakan',
    'nambah': 'bertambah', 'nyambung': 'tersambung', 'nyangkut': 'tersangkut', 'mulu': 'terus',
    'hape': 'ponsel', 'ntar': 'nanti', 'ntr': 'nanti', 'nnt': 'nanti', 'nnti': 'nanti', 'ngak': 'tidak',
    'knp': 'mengapa', 'knpa': 'mengapa', 'knapa': 'mengapa', 'kenapaa': 'mengapa', 'kog': 'mengapa', 'koq': 'mengapa',
    'ngapa': 'mengapa', 'naha': 'mengapa',
    'cma': 'hanya', 'cmn': 'hanya', 'cuman': 'hanya',
    'gaes': 'teman-teman', 'berantem': 'bertengkar', 'duluan': 'lebih dahulu', 'gantian': 'bergantian',
    'plis': 'tolong', 'pliss': 'tolong', 'plisss': 'tolong', 'tiati': 'hati-hati', 'atiati': 'hati-hati',
    'kirain': 'saya kira', 'ultah': 'ulang tahun', 'nobar': 'menonton bersama', 'nntn': 'menonton', 'ntn': 'menonton',
    'jauhin': 'jauhi', 'temenan': 'berteman', 'doain': 'doakan', 'monmaap': 'mohon maaf', 'maap': 'maaf',
    'maapin': 'maafkan', 'maafin': 'maafkan', 'telponan': 'bertelepon', 'nelpon': 'menelepon', 'png': 'ingin',
    'pngn': 'ingin', 'pgn': 'ingin', 'pngen': 'ingin', 'dimana2': 'di mana-mana', 'kemana2': 'ke mana-mana',
    'bgmna': 'bagaimana', 'gmana': 'bagaimana', 'gimna': 'bagaimana', 'begimane': 'bagaimana',
    'mikir': 'berpikir', 'mikirin': 'memikirkan', 'pikirin': 'pikirkan', 'sosmed': 'media sosial',
    'otw': 'dalam perjalanan', 'klian': 'kalian', 'klean': 'kalian', 'kalean': 'kalian', 'kelen': 'kalian',
    'bgt': 'sekali', 'bngt': 'sekali', 'gitu': 'begitu', 'gtu': 'begitu', 'gituu': 'begitu', 'gituuu': 'begitu',
    'bgitu': 'begitu', 'bgtu': 'begitu', 'gini': 'begini', 'bgini': 'begini', 'bgni': 'begini', 'gni': 'begini',
    'ginian': 'begini', 'kyk': 'seperti', 'kyak': 'seperti', 'kya': 'seperti', 'keknya': 'sepertinya',
    'kayanya': 'sepertinya', 'kayaknya': 'sepertinya', 'lom': 'belum', 'blm': 'belum', 'dh': 'sudah',
    'dahh': 'sudah', 'udahlah': 'sudahlah', 'yauda': 'ya sudah', 'yaudah': 'ya sudah', 'yaudahlah': 'ya sudahlah',
    'yasudah': 'ya sudah', 'yowes': 'ya sudah', 'mksh': 'terima kasih', 'mksih': 'terima kasih',
    'makasii': 'terima kasih', 'makasihh': 'terima kasih', 'makasihhh': 'terima kasih', 'maacih': 'terima kasih',
    'tengkyu': 'terima kasih', 'thankyou': 'terima kasih', 'trimakasih': 'terima kasih',
    'kmren': 'kemarin', 'kmarin': 'kemarin', 'kmaren': 'kemarin', 'kmrin': 'kemarin', 'skr': 'sekarang',
    'skg': 'sekarang', 'tmn': 'teman', 'tmn2': 'teman-teman', 'temen2': 'teman-teman', 'ttep': 'tetap',
    'ktmu': 'bertemu', 'ktemu': 'bertemu', 'lsg': 'langsung', 'lgsg': 'langsung', 'bkin': 'buat', 'bwt': 'buat',
    'bnr': 'benar', 'bner': 'benar', 'klo': 'kalau', 'kalaw': 'kalau', 'klw': 'kalau', 'nda': 'tidak',
    'ndk': 'tidak', 'gx': 'tidak', 'gk': 'tidak', 'kaga': 'tidak', 'tyda': 'tidak',
    'liat2': 'lihat-lihat', 'dikit2': 'sedikit-sedikit', 'bareng2': 'bersama-sama', 'rame2': 'ramai-ramai',
    'jalan2': 'jalan-jalan', 'kmn': 'ke mana', 'cpk': 'capek', 'mblo': 'jomlo', 'bosen': 'bosan',
    'apal': 'hafal', 'nyokap': 'ibu', 'pede': 'percaya diri', 'puede': 'percaya diri', 'nego': 'negosiasi',
    'ngaruh': 'berpengaruh', 'ngeh': 'sadar', 'gaje': 'tidak jelas', 'mager': 'malas bergerak',
    'gercep': 'gerak cepat', 'santuy': 'santai', 'wiken': 'akhir pekan', 'nasgor': 'nasi goreng',
    'malming': 'malam minggu', 'pulkam': 'pulang kampung', 'maba': 'mahasiswa baru', 'matkul': 'mata kuliah',
    'bumil': 'ibu hamil', 'busui': 'ibu menyusui', 'ongkir': 'ongkos kirim', 'ortu': 'orang tua',
    'japri': 'jalur pribadi', 'warkop': 'warung kopi', 'bukber': 'buka bersama', 'ojol': 'ojek online',
    'olshop': 'toko daring', 'dibully': 'dirundung', 'difotoin': 'difoto', 'dipake': 'dipakai', 'kepake': 'terpakai',
    'kebeli': 'terbeli', 'ngadain': 'mengadakan', 'ngajakin': 'mengajak', 'ngikut': 'ikut', 'ninggal': 'meninggalkan',
    'ngasi': 'memberi', 'nyoblos': 'mencoblos', 'nonton': 'menonton', 'nontonin': 'menonton', 'nontonnya': 'menontonnya',
    'ngefans': 'mengidolakan', 'ngumpul': 'berkumpul', 'ngampus': 'ke kampus', 'ngantor': 'ke kantor',
    'lahiran': 'melahirkan', 'nikahan': 'pernikahan', 'gratisan': 'gratis', 'paketan': 'paket',
    'kerjaan': 'pekerjaan', 'kerjaannya': 'pekerjaannya', 'enakan': 'lebih enak', 'seriusan': 'serius',
    'barengan': 'bersama', 'keseringan': 'terlalu sering', 'tetiba': 'tiba-tiba', 'tbtb': 'tiba-tiba',
    'tb-tb': 'tiba-tiba', 'taunya': 'ternyata', 'tau2': 'tahu-tahu', 'emangnya': 'memangnya', 'emg': 'memang',
    'mmg': 'memang', 'mmng': 'memang', 'kdg': 'kadang', 'gegara': 'gara-gara', 'grgr': 'gara-gara',
    'mayan': 'lumayan', 'mangat': 'semangat', 'smangat': 'semangat', 'semangatt': 'semangat', 'semangattt': 'semangat',
    'notif': 'notifikasi', 'resto': 'restoran', 'komen': 'komentar', 'coment': 'komentar', 'telp': 'telepon',
    'tlp': 'telepon', 'telfon': 'telepon', 'yaallah': 'ya allah', 'yallah': 'ya allah', 'yaampun': 'ya ampun',
    'sedi': 'sedih', 'pait': 'pahit', 'idup': 'hidup', 'idung': 'hidung', 'ilang': 'hilang', 'ujan': 'hujan',
    'apus': 'hapus', 'itung': 'hitung', 'ancur': 'hancur', 'alus': 'halus', 'anget': 'hangat',
    'hbs': 'habis', 'hbis': 'habis', 'ijo': 'hijau', 'inget': 'ingat', 'ingetin': 'ingatkan',
    'sempet': 'sempat', 'seneng': 'senang', 'serem': 'seram', 'males': 'malas', 'mls': 'malas',
    'cepet': 'cepat', 'deket': 'dekat', 'dateng': 'datang', 'tetep': 'tetap', 'dapet': 'dapat',
    'kasian': 'kasihan', 'kesian': 'kasihan', 'galo': 'galau', 'gemes': 'gemas', 'gatel': 'gatal',
    'laper': 'lapar', 'kelaperan': 'kelaparan', 'pegel': 'pegal', 'tebel': 'tebal', 'seger': 'segar',
    'pinter': 'pintar', 'pantes': 'pantas', 'pantesan': 'pantas saja', 'minjem': 'pinjam', 'pinjem': 'pinjam',
    'anggep': 'anggap', 'anter': 'antar', 'anterin': 'antarkan', 'nganter': 'mengantar', 'nganterin': 'mengantarkan',
    'simpen': 'simpan', 'pesen': 'pesan', 'mesen': 'memesan', 'pesenan': 'pesanan', 'denger': 'dengar',
    'dengernya': 'dengarnya', 'macem': 'macam', 'mcm': 'macam', 'sambel': 'sambal', 'malem': 'malam',
    'semalem': 'semalam', 'malem2': 'malam-malam', 'malem-malem': 'malam-malam', 'kemaren': 'kemarin',
    'sebenernya': 'sebenarnya', 'bener': 'benar', 'bener2': 'benar-benar', 'belom': 'belum', 'sebelom': 'sebelum',
    'berenti': 'berhenti', 'becanda': 'bercanda', 'bedua': 'berdua', 'brani': 'berani', 'beranih': 'berani',
    'ketauan': 'ketahuan', 'kliatan': 'kelihatan', 'keliatan': 'kelihatan', 'diliat': 'dilihat',
    'ngeliat': 'melihat', 'ngeliatin': 'melihat', 'ngelihat': 'melihat',
    'cewe': 'perempuan', 'cwe': 'perempuan', 'cwek': 'perempuan', 'ciwi': 'perempuan', 'cowo': 'laki-laki',
    'cwo': 'laki-laki', 'cwok': 'laki-laki', 'mba': 'mbak', 'mbaa': 'mbak', 'mbaaa': 'mbak', 'mbk': 'mbak',
    'mbak2': 'mbak-mbak', 'emak2': 'ibu-ibu', 'sodara': 'saudara', 'manteman': 'teman-teman',
    'man-teman': 'teman-teman', 'kuy': 'ayo', 'kuyy': 'ayo', 'kuyyy': 'ayo', 'skuy': 'ayo', 'bkp': 'ayah',
    'ngeles': 'mengelak', 'ngomel': 'mengomel', 'lebay': 'berlebihan', 'sensi': 'sensitif',
    'emng': 'memang', 'memg': 'memang', 'nggk': 'tidak', 'kmna': 'ke mana', 'udahh': 'sudah', 'ajh': 'saja',
    'ajaaaa': 'saja', 'bangett': 'sekali', 'bangettt': 'sekali', 'bnget': 'sekali', 'bgtt': 'sekali',
    'bgttt': 'sekali', 'beud': 'sekali', 'bget': 'sekali', 'cpet': 'cepat', 'ngundan': 'mengundang',
    'betulin': 'betulkan', 'ngikuti': 'mengikuti', 'ngikutin': 'mengikuti', 'nyalahin': 'menyalahkan',
    'nyalahkan': 'menyalahkan', 'ngadakan': 'mengadakan',
    'ajalah': 'sajalah', 'dlem': 'dalam', 'bocil': 'anak kecil', 'degdegan': 'berdebar-debar',
    'ngangenin': 'membuat rindu', 'ngawur': 'sembarangan', 'ngoceh': 'mengoceh', 'prewed': 'pranikah',
    'prewedding': 'pranikah', 'testi': 'testimoni', 'kosan': 'indekos', 'gara2': 'karena', 'gegara': 'karena',
    'grgr': 'karena', 'hape': 'ponsel', 'ojol': 'ojek daring', 'oiya': 'oh iya',
}

# Project-written informal entries (common forms missing from IndoCollex). Measured on STIF train too.
INFORMAL_ADD = {
    'aja': 'saja', 'emang': 'memang', 'kayak': 'seperti', 'gede': 'besar', 'bikin': 'membuat', 'dikit': 'sedikit',
    'doang': 'saja', 'banget': 'sekali', 'abis': 'habis', 'ampe': 'sampai', 'tuk': 'untuk', 'entar': 'nanti',
    'kagak': 'tidak', 'enggak': 'tidak', 'engga': 'tidak', 'liat': 'lihat', 'tau': 'tahu', 'lo': 'kamu', 'lu': 'kamu',
    'elo': 'kamu', 'elu': 'kamu', 'loe': 'kamu', 'cuma': 'hanya', 'kenapa': 'mengapa', 'mgg': 'minggu',
    'bareng': 'bersama', 'ketawa': 'tertawa', 'ngasih': 'memberi', 'nyampe': 'sampai',
    'gpp': 'tidak apa-apa', 'gapapa': 'tidak apa-apa', 'rame': 'ramai', 'cewek': 'perempuan', 'cowok': 'laki-laki',
    'bokap': 'ayah', 'yg': 'yang', 'kalo': 'kalau', 'cawu': 'caturwulan', 'makasih': 'terima kasih',
    'ngobrol': 'mengobrol', 'nanya': 'bertanya', 'nanyain': 'menanyakan',
}
