import { defineMessages } from '../define';

export const build = defineMessages({}, {});
