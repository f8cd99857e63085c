// AudioWorklet of the dictation button (src/interviews/dictation_button.tsx): hands the
// microphone's samples (first channel, at the device's rate) to the page, which resamples them
// to 16 kHz and sends them to the server. Kept trivial: the tested code lives in
// src/interviews/dictation_audio.ts.
class DictationCapture extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel && channel.length > 0) this.port.postMessage(channel.slice(0));
    return true;
  }
}
registerProcessor('dictation-capture', DictationCapture);
