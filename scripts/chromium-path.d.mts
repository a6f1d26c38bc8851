export declare const SYSTEM_CHROMIUM_PATHS: string[];
export declare function findChromium(env?: Record<string, string | undefined>): string | undefined;
export declare const CHROMIUM_ARGS: string[];
