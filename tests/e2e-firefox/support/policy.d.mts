/** Types of policy.mjs (plain JavaScript, shared with scripts/test.mjs). */
export declare const FIREFOX_POLICY_FILE: string;
export declare function writeFirefoxPolicy(policies: Record<string, unknown>, file?: string): void;
export declare function removeFirefoxPolicy(file?: string): void;
