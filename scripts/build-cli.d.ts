export declare function buildCli(options?: { outdir?: string; clean?: boolean }): Promise<void>;
