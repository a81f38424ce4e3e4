export declare const ADDIN_NAME: string;
export declare function addinFolder(version: string): string;
export declare function renderInstaller(text: string | Buffer, version: string, file: string): Buffer;
