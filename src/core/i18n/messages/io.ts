import { defineMessages } from '../define';

export const io = defineMessages({}, {});
