// Types of scripts/build-inputs.mjs, which is plain JavaScript so that next.config.mjs can load it without a loader.
export declare const CODE_INPUTS: readonly string[];
export declare function inputFiles(root: string, inputs: readonly string[]): string[];
export declare function codeFingerprint(root: string): string;
