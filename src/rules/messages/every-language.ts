import { messages as enUS } from './messages-en-US.ts';
import { messages as zhCN } from './messages-zh-CN.ts';
import { registerMessages } from './registry.ts';

// Hosts that answer in any language from the first request (the standalone server, msw/node in the
// tests) import this module for its effect: every language's messages registered at once.
registerMessages('en-US', enUS);
registerMessages('zh-CN', zhCN);
