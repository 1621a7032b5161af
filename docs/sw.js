// Placeholder service worker: the build's offline step (macros/commands/offline.py) replaces
// this file in the built site with the real one, which keeps the night-time pages for use
// offline. Under `make serve`, or a build without that step, this placeholder keeps nothing and
// changes nothing.
"use strict";
