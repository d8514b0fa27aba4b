import { defineMessages } from '../define';

export const ui = defineMessages({}, {});
