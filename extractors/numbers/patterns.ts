/** Regex sources shared by the rule files. */

/** Spaces and tabs inside a line (PDF copies put them between digits and words: 2024 年, 13 件). */
export const SP = '[ \\t\\u3000]*';
/** Inline spaces and at most one line break: PDF copies wrap lines inside dates and phone numbers. */
export const BR = `${SP}(?:\\r?\\n${SP})?`;
export const DIGIT = '[0-9０-９]';
export const DIGITS = '0123456789０１２３４５６７８９';
/** Circled and parenthesised list numbers: ① ⑴ ⒈. */
export const CIRCLED = /[①-⑳⑴-⒇⒈-⒛]/;
