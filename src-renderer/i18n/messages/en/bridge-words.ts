// English words for the sentences main refuses a request with (src-preload/bridge-words.ts
// holds them, for main's log too): `bridge.words.<id>`, one part of ../en.ts.
import { BRIDGE_WORDS, type BridgeWordsId } from '../../../../src-preload/bridge-words';

export default Object.fromEntries(
  Object.entries(BRIDGE_WORDS).map(([id, words]) => [`bridge.words.${id}`, words]),
) as { [K in BridgeWordsId as `bridge.words.${K}`]: string };
