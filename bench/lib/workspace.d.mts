// Types of bench/lib/workspace.mjs, for the browser tests that copy the project the same way.
export declare function createWorkspace(root: string, ref?: string): { dir: string; files: number; remove: () => void };
