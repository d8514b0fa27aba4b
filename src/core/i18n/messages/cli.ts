import { defineMessages } from '../define';

export const cli = defineMessages({}, {});
