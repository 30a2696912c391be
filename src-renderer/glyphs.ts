// Symbols drawn as text that are not words: the same in every language, so they live here
// rather than in the message catalogues (the lint asks words in JSX to come from those).
export const CROSS = '×';
export const EARLIER = '‹';
export const LATER = '›';
export const LIST = '•≡';
