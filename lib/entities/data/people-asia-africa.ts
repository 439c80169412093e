import type { PersonEntity } from '../types';
import { people, type PersonInput } from './person-input';

const LIST: PersonInput[] = [];

export const PEOPLE_ASIA_AFRICA: readonly PersonEntity[] = people(LIST);
