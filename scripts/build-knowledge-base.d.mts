/** Types for the unit test that checks the committed open-data file against the datasets. */
import type { Entity } from '../lib/entities/types';

export declare const DATASETS: string;
export declare const OPEN_DATA_FILE: string;
/** The open-data file's text as the datasets give it now (undefined without ../shared/datasets). */
export declare function renderCurrentOpenData(curated?: readonly Entity[]): Promise<string | undefined>;
