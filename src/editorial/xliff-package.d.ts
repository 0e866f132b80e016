// Types for the parts of the `xliff` package (it ships none) that src/editorial/xliff.ts uses.
declare module "xliff/js2xliff" {
  type Units = Record<string, { source: string; target?: string }>;
  export default function js2xliff(js: { sourceLanguage: string; targetLanguage: string; resources: Record<string, Units> }): Promise<string>;
}
declare module "xliff/xliff2js" {
  export default function xliff2js(xml: string): Promise<unknown>;
}
