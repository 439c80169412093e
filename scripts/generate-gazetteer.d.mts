/** Types for wxt.config.ts, which runs the generator before every build. */
export declare const GENERATED_GAZETTEER: string;
/** Writes lib/entities/data/gazetteer.generated.ts when it differs from the entity data; resolves to whether it changed. */
export declare function generateGazetteer(): Promise<boolean>;
