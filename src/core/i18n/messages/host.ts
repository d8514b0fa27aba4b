import { defineMessages } from '../define';

export const host = defineMessages({}, {});
