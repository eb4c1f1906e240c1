/** The panel's link to the options page, in the panel's own interface language. */
import { t, type UiLocale } from './i18n';

/** Where the options page is and how to open it (the extension's own page; none on the plain web). */
export interface OptionsPage {
  href: string;
  open(): void;
}

export function OptionsLink({ locale, page }: { locale: UiLocale; page: OptionsPage }) {
  return (
    <a
      href={page.href}
      onClick={(e) => {
        e.preventDefault();
        page.open();
      }}
    >
      {t(locale, 'optionsLink')}
    </a>
  );
}
