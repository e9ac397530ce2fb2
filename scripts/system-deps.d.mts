// Types for scripts/system-deps.mjs (plain JavaScript so `npm test` runs before any build).
export type Tool = { readonly program: string; readonly debianPackage: string };
export declare const TEST_TOOLS: readonly Tool[];
export type SystemDepsPlan =
  | { readonly action: 'ok' }
  | { readonly action: 'install'; readonly commands: string[][] }
  | { readonly action: 'stop'; readonly message: string };
export declare const planSystemDeps: (facts: {
  readonly missingPackages: readonly string[];
  readonly isRoot: boolean;
  readonly hasApt: boolean;
  readonly purpose: string;
}) => SystemDepsPlan;
export declare const onPath: (program: string) => boolean;
export declare const missingPackagesFor: (tools: readonly Tool[]) => string[];
export declare const ensureSystemPackages: (
  missingPackages: readonly string[],
  purpose: string,
) => void;
