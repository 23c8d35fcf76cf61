export declare const DEFAULT_CHROME: string;
export declare const chromePath: () => string;
export declare const CHROME_ARGS: string[];
