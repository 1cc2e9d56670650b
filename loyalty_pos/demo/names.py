"""Names for demo members in the four languages the till speaks."""

from __future__ import annotations

FIRST_NAMES = (
    # Norwegian
    "Ola", "Kari", "Per", "Ingrid", "Lars", "Sofie", "Nora", "Emil", "Jonas", "Ida", "Magnus", "Thea",
    "Henrik", "Sigrid", "Anders", "Maja", "Eirik", "Astrid", "Sander", "Live",
    # Indonesian
    "Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Andi", "Ayu", "Joko", "Wulan",
    # Taiwanese (romanised and in characters)
    "Wei", "Mei", "Chen", "Yu-Ting", "Jia-Hao", "Hsin-Yi", "怡君", "家豪", "雅婷", "志明",
    # English
    "James", "Emma", "Oliver", "Amelia", "Jack", "Olivia", "Harry", "Isla", "George", "Ava",
)

LAST_NAMES = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
    "Karlsen", "Berg", "Haugen", "Hagen", "Bakken", "Lie", "Dahl", "Solberg", "Moen",
    "Santoso", "Wijaya", "Halim", "Pratama", "Saputra", "Lestari", "Hidayat", "Kusuma",
    "Chen", "Lin", "Huang", "Chang", "Li", "Wang", "Wu", "Liu", "Tsai", "陳", "林", "黃",
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
)
