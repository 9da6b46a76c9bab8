/**
 * What a citation shows where the reader's access date goes when no script could fill it in. Its own
 * module, so the browser's script that fills it in imports nothing else.
 */
export const unreadDate = '[date you read it]';
