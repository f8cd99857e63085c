#!/bin/bash
# A stand-in for an external speech engine (such as whisper.cpp's command-line tool), used by
# speech_command_test to exercise the real adapter: it is run as a process with the argv
# template of speech_command. It checks that it was given a 16 kHz mono 16-bit WAV file and
# answers in the format its first argument names. It recognises nothing: the text it prints
# says how much audio it received, so the test can see that the audio arrived whole.
set -u
mode=$1
file=$2
header=$(od -A n -t x1 -N 44 "$file" | tr -d ' \n')
# "RIFF" … "WAVE" … PCM (1), mono (1), 16000 Hz (0x3e80), 16 bits.
if [[ ${header:0:8} != 52494646 || ${header:16:8} != 57415645 || ${header:40:4} != 0100 ||
      ${header:44:4} != 0100 || ${header:48:8} != 803e0000 || ${header:68:4} != 1000 ]]; then
  echo "not a 16 kHz mono 16-bit WAV file" >&2
  exit 2
fi
samples=$(( ($(stat -c %s "$file") - 44) / 2 ))
case $mode in
  text) echo "heard $samples samples" ;;
  whisper) printf '[00:00:00.000 --> 00:00:01.000]  heard %s\n[00:00:01.000 --> 00:00:02.000]  samples\n' "$samples" ;;
  json) printf '{"text":"heard %s samples","words":[{"word":"heard","start":0.1,"end":0.4,"confidence":0.9}]}\n' "$samples" ;;
  whisper-json) printf '{"transcription":[{"text":" heard %s samples","offsets":{"from":0,"to":1500}}]}\n' "$samples" ;;
  vocabulary) echo "words: $3" ;;
  fail) echo "model file not found" >&2; exit 3 ;;
  hang) exec sleep 30 ;;
esac
