"""Names for demo members, from the countries the till is set up for (Norway, Indonesia,
Taiwan) and a few English ones; given and family names are drawn independently, so the
lists' product (about 21,600 pairs) is how many distinct names a big demo holds.
Taiwanese names come romanised and in characters, so search meets both scripts."""

from __future__ import annotations

FIRST_NAMES = (
    # Norwegian
    "Ola", "Kari", "Per", "Ingrid", "Lars", "Sofie", "Nora", "Emil", "Jonas", "Ida", "Magnus", "Thea",
    "Henrik", "Sigrid", "Anders", "Maja", "Eirik", "Astrid", "Sander", "Live", "Jakob", "Emma", "Filip",
    "Sara", "Mathias", "Frida", "Tobias", "Ingeborg", "Kristian", "Hedda", "Håkon", "Solveig", "Øystein",
    "Marit", "Bjørn", "Ragnhild", "Sindre", "Tuva", "Vegard", "Silje", "Aksel", "Hanne", "Torstein",
    "Linnea", "Even", "Guro", "Knut", "Åse", "Trond", "Vilde", "Kari Anne", "Jon Erik",
    # Indonesian
    "Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Andi", "Ayu", "Joko", "Wulan", "Bambang", "Sri",
    "Dian", "Eko", "Fitri", "Hendra", "Indah", "Irfan", "Kartika", "Lukman", "Made", "Nur", "Nyoman",
    "Rina", "Slamet", "Taufik", "Wahyu", "Yuni", "Adi", "Citra", "Dimas", "Fajar", "Gilang", "Intan",
    "Ketut", "Lestari", "Mega", "Novi", "Ratna", "Sari", "Teguh", "Wayan", "Yoga", "Zahra",
    # Taiwanese (romanised and in characters)
    "Wei", "Mei", "Chen", "Yu-Ting", "Jia-Hao", "Hsin-Yi", "Chih-Ming", "Shu-Fen", "Yi-Chen", "Po-Han",
    "Ya-Ting", "Chun-Chieh", "Hui-Ling", "Kuan-Yu", "Pei-Shan", "Tzu-Hsuan", "Chia-Hui", "Yen-Ting",
    "Cheng-Han", "Wen-Hsin", "Shih-Chieh", "Hsiao-Wen", "Yu-Hsuan", "Chien-Hung", "Li-Hua",
    "怡君", "家豪", "雅婷", "志明", "淑芬", "宜蓁", "冠宇", "佩珊", "承翰", "欣怡", "俊傑", "美玲", "建宏",
    "詩涵", "彥廷", "子軒", "惠玲", "宗翰", "雅雯", "柏宇",
    # English
    "James", "Charlotte", "Oliver", "Amelia", "Jack", "Olivia", "Harry", "Isla", "George", "Ava",
)

LAST_NAMES = (
    # Norwegian
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
    "Karlsen", "Berg", "Haugen", "Hagen", "Bakken", "Lie", "Dahl", "Solberg", "Moen", "Johnsen", "Eriksen",
    "Halvorsen", "Jørgensen", "Strand", "Svendsen", "Martinsen", "Gundersen", "Iversen", "Ruud", "Jacobsen",
    "Lund", "Amundsen", "Knutsen", "Sæther", "Eide", "Myhre", "Holm", "Aas", "Lunde", "Nygård", "Sandvik",
    "Kvam", "Brekke", "Fjeld", "Aasen", "Tangen", "Rønning", "Økland", "Vik", "Skoglund", "Thorsen",
    # Indonesian
    "Santoso", "Wijaya", "Halim", "Pratama", "Saputra", "Lestari", "Hidayat", "Kusuma", "Setiawan",
    "Susanto", "Gunawan", "Hartono", "Nugroho", "Wibowo", "Sutanto", "Purnomo", "Siregar", "Nasution",
    "Simanjuntak", "Hutapea", "Sihombing", "Harahap", "Lubis", "Tanjung", "Putra", "Rahman", "Hakim",
    "Firmansyah", "Kurniawan", "Suryadi", "Utomo", "Wahyudi", "Handoko", "Tanoto", "Salim", "Sinaga",
    "Panjaitan", "Manurung", "Pane", "Ginting",
    # Taiwanese (romanised and in characters)
    "Chen", "Lin", "Huang", "Chang", "Li", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng", "Hsieh",
    "Kuo", "Hung", "Tseng", "Chiu", "Liao", "Lai", "Chou", "Yeh", "Su", "Chuang", "Lu", "Chiang", "Ho",
    "Lo", "Kao", "Hsiao", "Chien",
    "陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪",
    # English
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
)
