import type { PersonEntity } from '../types';
import { people, type PersonInput } from './person-input';

const LIST: PersonInput[] = [];

export const PEOPLE_AMERICAS_EUROPE: readonly PersonEntity[] = people(LIST);
