/**
 * The present view's map labels, times the story page's: its slide text is about 28 px where the
 * page's is 17, and labels at the page's 11–15 px are lost beside it on a projector.
 */
export const PRESENT_LABEL_SCALE = 1.8;
