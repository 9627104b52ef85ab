// An empty program: scripts/bench measures CLI startup with it.
