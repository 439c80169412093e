/** Types for wxt.config.ts, which runs the generator before every build. */
export declare const GENERATED_GAZETTEER: string;
export declare const KNOWLEDGE_BASE_FILE: string;
/** The packed knowledge base as committed (inflated), or an empty buffer when there is none yet. */
export declare function readKnowledgeBaseFile(): Buffer;
/**
 * Writes lib/entities/data/gazetteer.generated.ts and public/knowledge-base.bin.gz when they differ from
 * the entity data; resolves to whether either changed.
 */
export declare function generateGazetteer(): Promise<boolean>;
