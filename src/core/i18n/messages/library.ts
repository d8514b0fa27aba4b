import { defineMessages } from '../define';

export const library = defineMessages({}, {});
