/** `npm run dictionary`: regenerates the common-words dictionary jieba cuts with (pipeline/03-segment/dictionary.ts says why). */
import { readFileSync, writeFileSync } from 'node:fs';
import { COMMON_DICTIONARY, MIN_FREQUENCY, commonWords, fullDictionaryPath } from '../pipeline/03-segment/dictionary.js';

const source = fullDictionaryPath();
const common = commonWords(readFileSync(source, 'utf8'));
writeFileSync(COMMON_DICTIONARY, common);
console.log(`${COMMON_DICTIONARY}: ${common.split('\n').length - 1} words of frequency >= ${MIN_FREQUENCY} from ${source}`);
