// The part of madge's API the import-cycle test uses (madge ships no declarations).
declare module 'madge' {
  interface MadgeConfig {
    fileExtensions?: string[];
    tsConfig?: string;
    detectiveOptions?: { ts?: { skipTypeImports?: boolean } };
  }
  interface MadgeResult {
    /** Each file (relative to the base folder) with the files it imports. */
    obj(): Record<string, string[]>;
    /** Each cycle as the files along it. */
    circular(): string[][];
    warnings(): { skipped: string[] };
  }
  export default function madge(path: string | string[], config?: MadgeConfig): Promise<MadgeResult>;
}
