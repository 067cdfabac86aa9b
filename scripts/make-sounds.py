#!/usr/bin/env python3
"""Makes Digit Tutor's sound effects: short, soft, pleasant WAVs for a young child.

    scripts/make-sounds.py [OUT_DIR]      (default: resources/sounds beside this script's folder)

Python 3's standard library only (math, wave), and deterministic: the same script writes the
same bytes, so the committed WAVs can be checked by running it again and comparing. Each file
is 16-bit mono PCM at 22050 Hz, under 1.5 s:

    success.wav       a bright two-note chime (C6, E6)
    three-stars.wav   a rising arpeggio fanfare (C5 E5 G5 C6) that ends on a chord
    try-again.wav     a gentle low "boop-boop" (E4, G4), round sine tones: encouraging, never a buzz
    digit-learnt.wav  a longer happy jingle ending on a C major chord

The sounds are the project's own, made for Digit Tutor by this script: CC0-1.0.
"""

import math
import pathlib
import struct
import sys
import wave

RATE = 22050
# The loudest sample of each file: well below full scale, so that the sounds are soft.
PEAK = 0.45


def note(name):
    """The frequency in Hz of a note such as "C5" or "G#4" (A4 = 440 Hz)."""
    steps = {"C": -9, "C#": -8, "D": -7, "D#": -6, "E": -5, "F": -4, "F#": -3, "G": -2, "G#": -1,
             "A": 0, "A#": 1, "B": 2}
    pitch, octave = name[:-1], int(name[-1])
    return 440.0 * 2.0 ** ((steps[pitch] + 12 * (octave - 4)) / 12.0)


def add_tone(samples, start, freq, length, decay, partials, attack=0.008, gain=1.0):
    """Mixes one tone into samples (floats) from `start` seconds for `length` seconds.

    partials: (multiple of freq, amplitude, extra decay per second) - a bell- or
    marimba-like colour; decay: the envelope's exponential decay per second. The tone
    rises over `attack` seconds and fades out over its last 30 ms, so it never clicks.
    """
    first = int(round(start * RATE))
    count = int(round(length * RATE))
    fade = int(0.03 * RATE)
    for i in range(count):
        if first + i >= len(samples):
            break
        t = i / RATE
        envelope = min(1.0, t / attack) * math.exp(-decay * t)
        if count - i < fade:
            envelope *= (count - i) / fade
        value = sum(amplitude * math.exp(-extra * t) * math.sin(2.0 * math.pi * freq * multiple * t)
                    for multiple, amplitude, extra in partials)
        samples[first + i] += gain * envelope * value


BELL = ((1.0, 1.0, 0.0), (2.0, 0.35, 4.0), (3.0, 0.12, 8.0), (4.2, 0.06, 14.0))
SOFT = ((1.0, 1.0, 0.0), (2.0, 0.15, 6.0))
ROUND = ((1.0, 1.0, 0.0), (2.0, 0.08, 0.0))


def success():
    samples = [0.0] * int(0.75 * RATE)
    add_tone(samples, 0.00, note("C6"), 0.45, 6.0, BELL)
    add_tone(samples, 0.12, note("E6"), 0.63, 5.0, BELL)
    return samples


def three_stars():
    samples = [0.0] * int(1.25 * RATE)
    for k, name in enumerate(("C5", "E5", "G5")):
        add_tone(samples, 0.10 * k, note(name), 0.35, 7.0, BELL, gain=0.8)
    for name in ("C6", "E6", "G6"):  # the last step lands on a chord
        add_tone(samples, 0.30, note(name), 0.95, 3.5, BELL, gain=0.6)
    return samples


def try_again():
    samples = [0.0] * int(0.60 * RATE)
    add_tone(samples, 0.00, note("E4"), 0.22, 4.0, ROUND, attack=0.03)
    add_tone(samples, 0.28, note("G4"), 0.30, 4.0, ROUND, attack=0.03)
    return samples


def digit_learnt():
    samples = [0.0] * int(1.45 * RATE)
    melody = (("C5", 0.00), ("E5", 0.12), ("G5", 0.24), ("E5", 0.36), ("G5", 0.48), ("C6", 0.60))
    for name, start in melody:
        add_tone(samples, start, note(name), 0.30, 6.0, SOFT, gain=0.8)
    for name in ("C5", "E5", "G5", "C6"):
        add_tone(samples, 0.78, note(name), 0.67, 3.0, BELL, gain=0.45)
    return samples


def write_wav(path, samples):
    loudest = max(abs(s) for s in samples)
    scale = PEAK * 32767.0 / loudest
    frames = b"".join(struct.pack("<h", int(round(s * scale))) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main():
    here = pathlib.Path(__file__).resolve().parent
    out_dir = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent / "resources" / "sounds"
    out_dir.mkdir(parents=True, exist_ok=True)
    sounds = {"success": success, "three-stars": three_stars, "try-again": try_again,
              "digit-learnt": digit_learnt}
    for name, make in sounds.items():
        path = out_dir / (name + ".wav")
        samples = make()
        write_wav(path, samples)
        print("%s: %.2f s, %d bytes" % (path, len(samples) / RATE, path.stat().st_size))


if __name__ == "__main__":
    main()
