/**
 * English messages of the dictation button (issue 7, AS-6). Spread into the catalogue in en.ts.
 */
export const enDictation = {
  'dictation.start': 'Dictate',
  'dictation.stop': 'Stop dictation',
  'dictation.transcribing': 'Transcribing…',
  'dictation.listening': 'Listening…',
  'dictation.hearing': 'Hearing: {text}',
  'dictation.nothing': 'Nothing was recognised.',
  'dictation.draft': 'The dictated text is in the editor as a draft: check it before you record it.',
  'dictation.microphoneRefused': 'The browser did not allow the microphone.',
  'dictation.cannotStart': 'Dictation could not start: {detail}',
  'dictation.knows': 'Dictation knows this case’s words: {words}',
  'dictation.knowsMore': 'Dictation knows this case’s words: {words} and {more} more',
} as const;
