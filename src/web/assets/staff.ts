/**
 * The back office's enhancement (a bundle of its own: public pages never load it). The live-chat
 * console and a chat's case page attach through data-module; without it both work as plain pages.
 */
import { staffLive } from './staff-chat.ts';

for (const el of document.querySelectorAll<HTMLElement>('[data-module="staff-console"], [data-module="staff-chat"]')) staffLive(el);
