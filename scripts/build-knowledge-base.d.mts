/** Types for the unit test that checks the committed open-data file against the datasets. */
import type { Entity } from '../lib/entities/types';

export declare const DATASETS: string;
export declare const OPEN_DATA_FILE: string;
/** The open-data file's text as the datasets give it now (undefined without ../shared/datasets). */
export declare function renderCurrentOpenData(curated?: readonly Entity[]): Promise<string | undefined>;
/** A name the Phoenix files write in capitals, in natural case ("AMNESTY_INTERNATIONAL_" → "Amnesty International"). */
export declare function naturalCase(upper: string, isEnglishWord: (word: string) => boolean): string;
/** Whether an abbreviation is the initials of a name ("ICRC" of "International Committee of the Red Cross"). */
export declare function isInitialsOf(abbreviation: string, name: string): boolean;
/** How news writes a town GeoNames transliterates from Arabic (forms other than the name). */
export declare function arabicNewsSpellings(name: string): string[];
