"""loyalty-pos: an offline-first point-of-sale loyalty terminal."""
