/**
 * The dictation button of the entry editor (AS-6): records from the microphone, shows what
 * the recogniser hears while the officer speaks, and puts the result into the editor as a draft.
 * The officer still reads, corrects and records it: a transcription never becomes a declaration
 * by itself. Alt+M starts and stops it (M for microphone; Chromium keeps Alt+D).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { t } from '../i18n';
import { endDictation, listenToDictation, openDictation, sendChunk } from './dictation_api';
import { littleEndianBytes, newResampler, PcmChunker, resampleTo16k } from './dictation_audio';

type Phase = 'idle' | 'starting' | 'recording' | 'finishing';

interface Recording {
  id: string;
  stream: MediaStream;
  context: AudioContext;
  stopListening: () => void;
  sending: Promise<void>;
  chunker: PcmChunker;
}

export interface DictationButtonProps {
  /** Receives the final text; the editor appends it to the draft. */
  onText: (text: string) => void;
  disabled?: boolean;
  /** The case's own words (names, places) to make recognisable. */
  vocabulary?: string[];
}

export function DictationButton({ onText, disabled = false, vocabulary = [] }: DictationButtonProps) {
  const [phase, setPhase] = useState<Phase>('idle');
  const [partial, setPartial] = useState('');
  const [message, setMessage] = useState('');
  const recording = useRef<Recording | null>(null);

  async function start() {
    setPhase('starting');
    setPartial('');
    setMessage('');
    let stream: MediaStream | null = null;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
      });
      const context = new AudioContext();
      await context.audioWorklet.addModule('/dictation-worklet.js');
      const id = await openDictation(vocabulary);
      const rec: Recording = {
        id,
        stream,
        context,
        stopListening: listenToDictation(id, setPartial),
        sending: Promise.resolve(),
        chunker: new PcmChunker(),
      };
      const node = new AudioWorkletNode(context, 'dictation-capture');
      const resampler = newResampler();
      node.port.onmessage = (event: MessageEvent<Float32Array>) => {
        const pcm = resampleTo16k(event.data, context.sampleRate, resampler);
        for (const chunk of rec.chunker.push(pcm)) {
          // One chunk after the other, so that the server gets the audio in order.
          rec.sending = rec.sending.then(() => sendChunk(id, littleEndianBytes(chunk)));
        }
      };
      context.createMediaStreamSource(stream).connect(node);
      node.connect(context.destination);
      recording.current = rec;
      setPhase('recording');
    } catch (error) {
      stream?.getTracks().forEach((track) => track.stop());
      setPhase('idle');
      setMessage(describe(error));
    }
  }

  async function stop() {
    const rec = recording.current;
    if (!rec) return;
    recording.current = null;
    setPhase('finishing');
    rec.stream.getTracks().forEach((track) => track.stop());
    await rec.context.close();
    try {
      const rest = rec.chunker.flush();
      if (rest) rec.sending = rec.sending.then(() => sendChunk(rec.id, littleEndianBytes(rest)));
      await rec.sending;
      const transcript = await endDictation(rec.id);
      onText(transcript.text);
      setMessage(
        transcript.text.trim() === '' ? t('dictation.nothing') : t('dictation.draft'),
      );
    } catch (error) {
      setMessage(describe(error));
    } finally {
      rec.stopListening();
      setPartial('');
      setPhase('idle');
    }
  }

  function toggle() {
    if (phase === 'idle' && !disabled) void start();
    else if (phase === 'recording') void stop();
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyM') {
        event.preventDefault();
        toggle();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => () => {
    // Leaving the room stops the microphone.
    recording.current?.stream.getTracks().forEach((track) => track.stop());
    void recording.current?.context.close();
  }, []);

  const busy = phase === 'starting' || phase === 'finishing';
  return (
    <div class="dictation">
      <button
        type="button"
        class="button dictation-button"
        aria-pressed={phase === 'recording'}
        aria-keyshortcuts="Alt+M"
        title="Alt+M"
        disabled={(disabled && phase === 'idle') || busy}
        onClick={toggle}
      >
        {phase === 'recording' ? t('dictation.stop') : phase === 'finishing' ? t('dictation.transcribing') : t('dictation.start')}
      </button>
      <span class="dictation-status muted" role="status" aria-live="polite">
        {phase === 'recording' ? (partial ? t('dictation.hearing', { text: partial }) : t('dictation.listening')) : message}
      </span>
      {vocabulary.length > 0 && <KnownWords words={vocabulary} />}
    </div>
  );
}

function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof DOMException && error.name === 'NotAllowedError') {
    return t('dictation.microphoneRefused');
  }
  return t('dictation.cannotStart', { detail: error instanceof Error ? error.message : String(error) });
}

/** How many of the words the note names before "and N more". */
const WORDS_SHOWN = 12;

/**
 * Which names and places dictation will write as the case file writes them: the officer sees
 * that "Ghazni" joined after comparing an answer with COI, and knows what to spell out otherwise.
 */
function KnownWords({ words }: { words: string[] }) {
  const shown = words.slice(0, WORDS_SHOWN).join(', ');
  const more = words.length - WORDS_SHOWN;
  return (
    <p class="dictation-words muted" id="dictation-words">
      {more > 0 ? t('dictation.knowsMore', { words: shown, more }) : t('dictation.knows', { words: shown })}
    </p>
  );
}
