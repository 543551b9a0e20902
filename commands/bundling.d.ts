// Types of bundling.js (plain JavaScript: it runs before anything can load TypeScript).
import type { Plugin } from "esbuild";

export declare const BUNDLE_ROOT: string;
export declare const sourcePlaces: Plugin;
export declare function bundlingWanted(env?: NodeJS.ProcessEnv): boolean;
export declare function bundledEntry(name: string, entrySource: string): Promise<string | undefined>;
