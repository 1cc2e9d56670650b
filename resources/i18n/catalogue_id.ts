<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>catalogue</name>
    <message>
        <source>Loyalty card</source>
        <comment>card.loyalty_card</comment>
        <translation>Kartu loyalitas</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size), not &quot;fit to page&quot;.  Page {page} of {pages}</source>
        <comment>card.sheet_footer</comment>
        <translation>Cetak pada 100 % (ukuran sebenarnya), bukan &quot;sesuaikan dengan halaman&quot;.  Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>backup written to {path}</source>
        <comment>cli.backup_written</comment>
        <translation>cadangan ditulis ke {path}</translation>
    </message>
    <message>
        <source>the card key file it replaced was kept as {path}</source>
        <comment>cli.card_key_kept</comment>
        <translation>file kunci kartu yang diganti disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>cli.interrupted</comment>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>restored from {source}; the previous database was kept as {kept}</source>
        <comment>cli.restored</comment>
        <translation>dipulihkan dari {source}; database sebelumnya disimpan sebagai {kept}</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {username} is locked until {until}.</source>
        <comment>error.account_locked</comment>
        <translation>Terlalu banyak PIN salah: {username} dikunci sampai {until}.</translation>
    </message>
    <message>
        <source>Amount is empty</source>
        <comment>error.amount_empty</comment>
        <translation>Jumlah kosong</translation>
    </message>
    <message>
        <source>{text!r} is too large to be an amount</source>
        <comment>error.amount_too_large</comment>
        <translation>{text!r} terlalu besar untuk jumlah uang</translation>
    </message>
    <message>
        <source>{what} is from 0 to {maximum:,} minor units, not {minor:,}</source>
        <comment>error.amount_too_large.range</comment>
        <translation>{what} antara 0 sampai {maximum:,} satuan terkecil, bukan {minor:,}</translation>
    </message>
    <message>
        <source>The address: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_shop_address</comment>
        <translation>Alamat: paling banyak {lines} baris berisi {characters} karakter</translation>
    </message>
    <message>
        <source>{what} is a whole number of minor units, not {minor!r}</source>
        <comment>error.bad_amount</comment>
        <translation>{what} adalah bilangan bulat satuan terkecil, bukan {minor!r}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <comment>check.and_more</comment>
        <translation>... dan {count} lagi</translation>
    </message>
    <message>
        <source>audit log: {problem}</source>
        <comment>check.audit_log</comment>
        <translation>log audit: {problem}</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <comment>check.backup_unreadable</comment>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>the backup has no card key file beside it: a restore would leave printed cards unverifiable</source>
        <comment>check.backup_without_key</comment>
        <translation>cadangan ini tidak disertai file kunci kartu: pemulihan akan membuat kartu yang sudah dicetak tidak dapat diverifikasi</translation>
    </message>
    <message>
        <source>member {member}: cached balance {cached} but ledger folds to {folded}</source>
        <comment>check.balance_differs</comment>
        <translation>anggota {member}: saldo tersimpan {cached} tetapi buku besar menghasilkan {folded}</translation>
    </message>
    <message>
        <source>member {member}: cached balance {balance} but no ledger entries</source>
        <comment>check.balance_without_entries</comment>
        <translation>anggota {member}: saldo tersimpan {balance} tetapi tidak ada entri buku besar</translation>
    </message>
    <message>
        <source>this file predates the hash chain: its records are chained when it is next opened (migration 0012)</source>
        <comment>check.before_chain</comment>
        <translation>file ini lebih tua dari rantai hash: catatannya dirantai saat file ini dibuka berikutnya (migrasi 0012)</translation>
    </message>
    <message>
        <source>card key: {problem}</source>
        <comment>check.card_key_unreadable</comment>
        <translation>kunci kartu: {problem}</translation>
    </message>
    <message>
        <source>card key {path}: {problem}. {fix}</source>
        <comment>check.card_key_wrong</comment>
        <translation>kunci kartu {path}: {problem}. {fix}</translation>
    </message>
    <message>
        <source>{check}: the check stopped at a row it cannot read ({error})</source>
        <comment>check.check_stopped</comment>
        <translation>{check}: pemeriksaan berhenti pada baris yang tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <source>ledger entry {seq} (member {member}): {error}</source>
        <comment>check.entry_unreadable</comment>
        <translation>entri buku besar {seq} (anggota {member}): {error}</translation>
    </message>
    <message>
        <source>the head in {source} is {behind} links behind the database, an earlier link of the same chain (written just before a stop?)</source>
        <comment>check.head_behind</comment>
        <translation>kepala rantai di {source} tertinggal {behind} mata rantai dari basis data, mata rantai lebih awal dari rantai yang sama (ditulis tepat sebelum berhenti?)</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) is past the database&apos;s last link {last}: {cut} chained records were cut off the end</source>
        <comment>check.head_past_end_many</comment>
        <translation>kepala rantai luar (mata rantai {n} dari rantai {origin!r}) melewati mata rantai terakhir basis data {last}: {cut} catatan berantai terpotong dari ujungnya</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) is past the database&apos;s last link {last}: {cut} chained record was cut off the end</source>
        <comment>check.head_past_end_one</comment>
        <translation>kepala rantai luar (mata rantai {n} dari rantai {origin!r}) melewati mata rantai terakhir basis data {last}: {cut} catatan berantai terpotong dari ujungnya</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) does not match the database&apos;s link {n}: the chain was rewritten</source>
        <comment>check.head_rewritten</comment>
        <translation>kepala rantai luar (mata rantai {n} dari rantai {origin!r}) tidak cocok dengan mata rantai {n} di basis data: rantai telah ditulis ulang</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) is {behind} links behind the database, more than one transaction could leave it: it was not written by this database&apos;s last writes</source>
        <comment>check.head_too_far_behind</comment>
        <translation>kepala rantai luar (mata rantai {n} dari rantai {origin!r}) tertinggal {behind} mata rantai dari basis data, lebih dari yang bisa ditinggalkan satu transaksi: ia tidak ditulis oleh penulisan terakhir basis data ini</translation>
    </message>
    <message>
        <source>member {member}: the ledger does not fold ({error})</source>
        <comment>check.ledger_does_not_fold</comment>
        <translation>anggota {member}: buku besar tidak dapat dijumlahkan ({error})</translation>
    </message>
    <message>
        <source>chain {origin!r}: links {first} to {last} are missing (deleted?)</source>
        <comment>check.links_missing</comment>
        <translation>rantai {origin!r}: mata rantai {first} sampai {last} hilang (dihapus?)</translation>
    </message>
    <message>
        <source>member {member}: a lot cannot be read ({error})</source>
        <comment>check.lot_unreadable</comment>
        <translation>anggota {member}: sebuah lot poin tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <source>member {member}: lot {entry} open but no ledger entries</source>
        <comment>check.lot_without_entries</comment>
        <translation>anggota {member}: lot poin {entry} terbuka tetapi tidak ada entri buku besar</translation>
    </message>
    <message>
        <source>member {member}: open lots {stored} but ledger folds to {folded}</source>
        <comment>check.lots_differ</comment>
        <translation>anggota {member}: lot poin terbuka {stored} tetapi buku besar menghasilkan {folded}</translation>
    </message>
    <message>
        <source>no backup to restore in {folder}</source>
        <comment>check.no_backup</comment>
        <translation>tidak ada cadangan untuk dipulihkan di {folder}</translation>
    </message>
    <message>
        <source>there is no {source} beside the database</source>
        <comment>check.no_head_file</comment>
        <translation>tidak ada {source} di samping basis data</translation>
    </message>
    <message>
        <source>no outside head to compare with ({missing}): a chain recomputed from start to end, or a cut-off tail, cannot be told from here</source>
        <comment>check.no_outside_head</comment>
        <translation>tidak ada kepala rantai luar untuk pembanding ({missing}): rantai yang dihitung ulang dari awal sampai akhir, atau ujung yang terpotong, tidak dapat dikenali dari sini</translation>
    </message>
    <message>
        <source>{problem} ({source})</source>
        <comment>check.outside_head_at</comment>
        <translation>{problem} ({source})</translation>
    </message>
    <message>
        <source>{kind} {ref} (chain link {n}): its stored values do not match the chain (edited?)</source>
        <comment>check.record_edited</comment>
        <translation>{kind} {ref} (mata rantai {n}): nilai tersimpannya tidak cocok dengan rantai (diubah?)</translation>
    </message>
    <message>
        <source>{kind} {ref} (chain link {n}): the record is gone (deleted?)</source>
        <comment>check.record_gone</comment>
        <translation>{kind} {ref} (mata rantai {n}): catatannya hilang (dihapus?)</translation>
    </message>
    <message>
        <source>sale {receipt}: total {total} but its lines add up to {lines}</source>
        <comment>check.sale_total_differs</comment>
        <translation>penjualan {receipt}: total {total} tetapi jumlah barisnya {lines}</translation>
    </message>
    <message>
        <source>sqlite: {detail}</source>
        <comment>check.sqlite</comment>
        <translation>SQLite: {detail}</translation>
    </message>
    <message>
        <source>staff {username!r}: role {role!r} but the chained records give {chained!r}</source>
        <comment>check.staff_role_differs</comment>
        <translation>staf {username!r}: peran {role!r} tetapi catatan berantai memberi {chained!r}</translation>
    </message>
    <message>
        <source>staff {username!r} ({role}): no chained record created this account</source>
        <comment>check.staff_unrecorded</comment>
        <translation>staf {username!r} ({role}): tidak ada catatan berantai yang membuat akun ini</translation>
    </message>
    <message>
        <source>ledger entry {seq}: member {member!r} is not a member id</source>
        <comment>check.stray_ledger_entry</comment>
        <translation>entri buku besar {seq}: anggota {member!r} bukan id anggota</translation>
    </message>
    <message>
        <source>member {member}: tier {tier!r} but the chained records give {chained!r}</source>
        <comment>check.tier_differs</comment>
        <translation>anggota {member}: tingkat {tier!r} tetapi catatan berantai memberi {chained!r}</translation>
    </message>
    <message>
        <source>{kind} {ref} is not in the chain (inserted by hand?)</source>
        <comment>check.unchained</comment>
        <translation>{kind} {ref} tidak ada di rantai (dimasukkan secara manual?)</translation>
    </message>
    <message>
        <source>add --erase to erase them</source>
        <comment>cli.add_erase</comment>
        <translation>tambahkan --erase untuk menghapusnya</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <comment>cli.argparse.ambiguous</comment>
        <translation>opsi ambigu: %(option)s bisa berarti %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <comment>cli.argparse.argument</comment>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <comment>cli.argparse.cannot_open</comment>
        <translation>tidak dapat membuka &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <comment>cli.argparse.error</comment>
        <translation>%(prog)s: galat: %(message)s</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <comment>cli.argparse.expected_at_least_one</comment>
        <translation>diharapkan paling sedikit satu argumen</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <comment>cli.argparse.expected_at_most_one</comment>
        <translation>diharapkan paling banyak satu argumen</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <comment>cli.argparse.expected_n_many</comment>
        <translation>diharapkan %s argumen</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <comment>cli.argparse.expected_n_one</comment>
        <translation>diharapkan %s argumen</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <comment>cli.argparse.expected_one</comment>
        <translation>diharapkan satu argumen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <comment>cli.argparse.help</comment>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <comment>cli.argparse.ignored_explicit</comment>
        <translation>argumen eksplisit %r diabaikan</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <comment>cli.argparse.invalid_choice</comment>
        <translation>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <comment>cli.argparse.invalid_value</comment>
        <translation>nilai %(type)s tidak sah: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <comment>cli.argparse.not_allowed_with</comment>
        <translation>tidak boleh bersama argumen %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <comment>cli.argparse.one_required</comment>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
    <message>
        <source>options</source>
        <comment>cli.argparse.options</comment>
        <translation>opsi</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <comment>cli.argparse.positional_arguments</comment>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <comment>cli.argparse.required</comment>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <comment>cli.argparse.unknown_parser</comment>
        <translation>perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <comment>cli.argparse.unrecognized</comment>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>usage:</source>
        <comment>cli.argparse.usage</comment>
        <translation>penggunaan:</translation>
    </message>
    <message>
        <source>nothing to print: every active member card has been printed already</source>
        <comment>cli.cards_nothing</comment>
        <translation>tidak ada yang dicetak: semua kartu anggota aktif sudah dicetak</translation>
    </message>
    <message>
        <source>wrote {cards} card(s) on {pages} page(s) to {path} ({marked} member card(s) marked printed, {blank} blank); print at 100 % (actual size), not &quot;fit to page&quot;</source>
        <comment>cli.cards_written</comment>
        <translation>menulis {cards} kartu pada {pages} halaman ke {path} ({marked} kartu anggota ditandai tercetak, {blank} kosong); cetak pada 100 % (ukuran asli), bukan &quot;sesuaikan dengan halaman&quot;</translation>
    </message>
    <message>
        <source>checked the ledgers of {members} members with points history ({entries} entries): OK</source>
        <comment>cli.check_ok</comment>
        <translation>buku poin {members} anggota dengan riwayat poin telah diperiksa ({entries} entri): OK</translation>
    </message>
    <message>
        <source>checked the ledgers of {members} members with points history ({entries} entries): {problems} problem(s)</source>
        <comment>cli.check_problems</comment>
        <translation>buku poin {members} anggota dengan riwayat poin telah diperiksa ({entries} entri): {problems} masalah</translation>
    </message>
    <message>
        <source>daily backup: {path}</source>
        <comment>cli.daily_backup</comment>
        <translation>cadangan harian: {path}</translation>
    </message>
    <message>
        <source>The demo shop at {path} is already set up ({members} members). Sign in as {cashier} or {manager}.</source>
        <comment>cli.demo_already</comment>
        <translation>Toko demo di {path} sudah disiapkan ({members} anggota). Masuk sebagai {cashier} atau {manager}.</translation>
    </message>
    <message>
        <source>Demo shop &apos;{shop}&apos; ready at {path} with {members} members. Sign in as {cashier} or {manager}.</source>
        <comment>cli.demo_ready</comment>
        <translation>Toko demo &apos;{shop}&apos; siap di {path} dengan {members} anggota. Masuk sebagai {cashier} atau {manager}.</translation>
    </message>
    <message>
        <source>restore drill of {backup}: OK</source>
        <comment>cli.drill_ok</comment>
        <translation>latihan pemulihan {backup}: OK</translation>
    </message>
    <message>
        <source>restore drill of {backup}: {problems} problem(s)</source>
        <comment>cli.drill_problems</comment>
        <translation>latihan pemulihan {backup}: {problems} masalah</translation>
    </message>
    <message>
        <source>Erasing every member inactive since {day}</source>
        <comment>cli.erasing_inactive</comment>
        <translation>Menghapus semua anggota yang tidak aktif sejak {day}</translation>
    </message>
    <message>
        <source>Erasing member {member} ({name})</source>
        <comment>cli.erasing_member</comment>
        <translation>Menghapus anggota {member} ({name})</translation>
    </message>
    <message>
        <source>loyalty-pos: {message}</source>
        <comment>cli.error_line</comment>
        <translation>loyalty-pos: {message}</translation>
    </message>
    <message>
        <source>expired {points} points; tier review: {moved_down} of {reviewed} member(s) reviewed moved down</source>
        <comment>cli.expired</comment>
        <translation>{points} poin kedaluwarsa; tinjauan tingkat: {moved_down} dari {reviewed} anggota yang ditinjau turun tingkat</translation>
    </message>
    <message>
        <source>NOT verified: the seed or the entries have changed since the draw.</source>
        <comment>cli.giveaway.not_verified</comment>
        <translation>TIDAK terverifikasi: benih atau tiket berubah sejak undian.</translation>
    </message>
    <message>
        <source>Verified: the seed matches the fingerprint published before entries closed, and the entries give these winners.</source>
        <comment>cli.giveaway.verified</comment>
        <translation>Terverifikasi: benih cocok dengan sidik jari yang diumumkan sebelum pendaftaran ditutup, dan tiket menghasilkan pemenang ini.</translation>
    </message>
    <message>
        <source>{place}. {member}</source>
        <comment>cli.giveaway.winner</comment>
        <translation>{place}. {member}</translation>
    </message>
    <message>
        <source>copy the database safely, even while the till runs (sealed with a passphrase when DEST is off this machine); &apos;backup drill&apos;: restore the latest backup aside and check it</source>
        <comment>cli.help.backup</comment>
        <translation>salin basis data dengan aman, bahkan saat kasir berjalan (disegel dengan frasa sandi bila DEST di luar komputer ini); &apos;backup drill&apos;: pulihkan cadangan terbaru ke tempat terpisah lalu periksa</translation>
    </message>
    <message>
        <source>the file or folder to write, or &apos;drill&apos;</source>
        <comment>cli.help.backup.dest</comment>
        <translation>file atau folder tujuan, atau &apos;drill&apos;</translation>
    </message>
    <message>
        <source>seal the backup even if DEST looks like this machine&apos;s disk (a synced folder)</source>
        <comment>cli.help.backup.off_site</comment>
        <translation>segel cadangan meski DEST tampak seperti disk komputer ini (folder yang disinkronkan)</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the passphrase (or LOYALTY_POS_BACKUP_PASSPHRASE, or asked)</source>
        <comment>cli.help.backup.passphrase_file</comment>
        <translation>file (mode 0600) berisi frasa sandi (atau LOYALTY_POS_BACKUP_PASSPHRASE, atau ditanyakan)</translation>
    </message>
    <message>
        <source>measure the performance targets of docs/ARCHITECTURE.md section 8</source>
        <comment>cli.help.bench</comment>
        <translation>ukur target kinerja di docs/ARCHITECTURE.md bagian 8</translation>
    </message>
    <message>
        <source>measure durability even when the store is on tmpfs/ramfs, where fsync is free</source>
        <comment>cli.help.bench.allow_tmpfs</comment>
        <translation>ukur ketahanan data meski penyimpanan ada di tmpfs/ramfs, tempat fsync tidak berbiaya</translation>
    </message>
    <message>
        <source>--crash: kill -9 cycles (default 1,000)</source>
        <comment>cli.help.bench.cycles</comment>
        <translation>--crash: siklus kill -9 (bawaan 1,000)</translation>
    </message>
    <message>
        <source>only the {group} group</source>
        <comment>cli.help.bench.group</comment>
        <translation>hanya grup {group}</translation>
    </message>
    <message>
        <source>one JSON list on stdout</source>
        <comment>cli.help.bench.json</comment>
        <translation>satu daftar JSON di stdout</translation>
    </message>
    <message>
        <source>store size (default 1,000,000)</source>
        <comment>cli.help.bench.members</comment>
        <translation>ukuran penyimpanan (bawaan 1,000,000)</translation>
    </message>
    <message>
        <source>--crash: the seed of the kill moments (default: a new one, printed)</source>
        <comment>cli.help.bench.seed</comment>
        <translation>--crash: seed untuk saat-saat kill (bawaan: seed baru, dicetak)</translation>
    </message>
    <message>
        <source>member cards</source>
        <comment>cli.help.cards</comment>
        <translation>kartu anggota</translation>
    </message>
    <message>
        <source>the card signing keys: show, export, import, rotate</source>
        <comment>cli.help.cards.key</comment>
        <translation>kunci penanda tangan kartu: show, export, import, rotate</translation>
    </message>
    <message>
        <source>write this till&apos;s keys to a new file for the chain&apos;s other tills</source>
        <comment>cli.help.cards.key.export</comment>
        <translation>tulis kunci kasir ini ke file baru untuk kasir lain di jaringan</translation>
    </message>
    <message>
        <source>the key file to write</source>
        <comment>cli.help.cards.key.export.dest</comment>
        <translation>file kunci yang akan ditulis</translation>
    </message>
    <message>
        <source>add head office&apos;s keys to this till, or put back this shop&apos;s key file from a backup&apos;s .key file (restart the till afterwards)</source>
        <comment>cli.help.cards.key.import</comment>
        <translation>tambahkan kunci kantor pusat ke kasir ini, atau kembalikan file kunci toko ini dari file .key sebuah cadangan (mulai ulang kasir sesudahnya)</translation>
    </message>
    <message>
        <source>the key file to read</source>
        <comment>cli.help.cards.key.import.source</comment>
        <translation>file kunci yang akan dibaca</translation>
    </message>
    <message>
        <source>no longer needed: earlier keys stay in the ring, so printed cards keep scanning</source>
        <comment>cli.help.cards.key.replace_printed</comment>
        <translation>tidak diperlukan lagi: kunci lama tetap ada di rangkaian kunci, jadi kartu yang sudah dicetak tetap bisa dipindai</translation>
    </message>
    <message>
        <source>sign new cards with a new key; cards printed before keep scanning (restart the till afterwards)</source>
        <comment>cli.help.cards.key.rotate</comment>
        <translation>tanda tangani kartu baru dengan kunci baru; kartu yang dicetak sebelumnya tetap bisa dipindai (mulai ulang kasir sesudahnya)</translation>
    </message>
    <message>
        <source>print this till&apos;s key fingerprints (compare them between tills)</source>
        <comment>cli.help.cards.key.show</comment>
        <translation>cetak sidik jari kunci kasir ini (bandingkan antarkasir)</translation>
    </message>
    <message>
        <source>write a PDF sheet of member cards (default: every card not printed yet)</source>
        <comment>cli.help.cards.print</comment>
        <translation>tulis lembar PDF kartu anggota (bawaan: semua kartu yang belum dicetak)</translation>
    </message>
    <message>
        <source>only these members&apos; cards (comma-separated card numbers)</source>
        <comment>cli.help.cards.print.members</comment>
        <translation>hanya kartu anggota ini (nomor kartu dipisah koma)</translation>
    </message>
    <message>
        <source>N blank pre-numbered cards to hand out at enrolment</source>
        <comment>cli.help.cards.print.new</comment>
        <translation>N kartu kosong bernomor untuk dibagikan saat pendaftaran</translation>
    </message>
    <message>
        <source>the PDF to write, e.g. cards.pdf</source>
        <comment>cli.help.cards.print.out</comment>
        <translation>PDF yang akan ditulis, mis. cards.pdf</translation>
    </message>
    <message>
        <source>sheet size (default A4)</source>
        <comment>cli.help.cards.print.paper</comment>
        <translation>ukuran lembar (bawaan A4)</translation>
    </message>
    <message>
        <source>name printed on the cards (default: the shop&apos;s settings)</source>
        <comment>cli.help.cards.print.shop_name</comment>
        <translation>nama yang dicetak di kartu (bawaan: pengaturan toko)</translation>
    </message>
    <message>
        <source>verify the database, every balance against its ledger, and the audit chain</source>
        <comment>cli.help.check</comment>
        <translation>periksa basis data, setiap saldo terhadap buku besarnya, dan rantai audit</translation>
    </message>
    <message>
        <source>where the shop&apos;s database lives (default: /var/lib/loyalty-pos or C:\ProgramData\loyalty-pos; the demo&apos;s: the user data folder&apos;s demo/; env LOYALTY_POS_DATA_DIR)</source>
        <comment>cli.help.data_dir</comment>
        <translation>lokasi basis data toko (bawaan: /var/lib/loyalty-pos atau C:\ProgramData\loyalty-pos; untuk demo: demo/ di folder data pengguna; env LOYALTY_POS_DATA_DIR)</translation>
    </message>
    <message>
        <source>seed a demo shop in its own folder and open the till on it</source>
        <comment>cli.help.demo</comment>
        <translation>buat toko demo di foldernya sendiri lalu buka kasir di toko itu</translation>
    </message>
    <message>
        <source>members to create (default 1,000)</source>
        <comment>cli.help.demo.members</comment>
        <translation>jumlah anggota yang dibuat (bawaan 1,000)</translation>
    </message>
    <message>
        <source>seed only; do not open the till</source>
        <comment>cli.help.demo.no_gui</comment>
        <translation>hanya buat data; jangan buka kasir</translation>
    </message>
    <message>
        <source>random seed for reproducible demo data</source>
        <comment>cli.help.demo.seed</comment>
        <translation>seed acak untuk data demo yang dapat diulang</translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <comment>cli.help.enrolment_code</comment>
        <translation>kode pendaftaran sekali pakai</translation>
    </message>
    <message>
        <source>expire lapsed points and apply the yearly tier review now (the till also does both daily)</source>
        <comment>cli.help.expire</comment>
        <translation>kedaluwarsakan poin yang sudah lewat masa berlakunya dan terapkan tinjauan tingkat tahunan sekarang (kasir juga melakukan keduanya setiap hari)</translation>
    </message>
    <message>
        <source>giveaway draws</source>
        <comment>cli.help.giveaway</comment>
        <translation>undian berhadiah</translation>
    </message>
    <message>
        <source>the giveaway reward&apos;s id (as in the back office)</source>
        <comment>cli.help.giveaway.reward</comment>
        <translation>id hadiah undian (seperti di back office)</translation>
    </message>
    <message>
        <source>recompute a drawn giveaway&apos;s winners from its entries and revealed seed</source>
        <comment>cli.help.giveaway.verify</comment>
        <translation>hitung ulang pemenang undian dari tiket dan benih yang sudah dibuka</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <comment>cli.help.help</comment>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>set a new shop up without a window (scripted installs); refuses a folder that holds a shop</source>
        <comment>cli.help.init</comment>
        <translation>siapkan toko baru tanpa jendela (instalasi lewat skrip); menolak folder yang sudah berisi toko</translation>
    </message>
    <message>
        <source>a line of the shop&apos;s address, kept for receipts (repeat for up to 3 lines)</source>
        <comment>cli.help.init.address</comment>
        <translation>satu baris alamat toko, untuk struk (ulangi hingga 3 baris)</translation>
    </message>
    <message>
        <source>two-letter country code, e.g. NO, ID, TW</source>
        <comment>cli.help.init.country</comment>
        <translation>kode negara dua huruf, mis. NO, ID, TW</translation>
    </message>
    <message>
        <source>ISO currency of the prices (default: the country&apos;s)</source>
        <comment>cli.help.init.currency</comment>
        <translation>mata uang ISO untuk harga (bawaan: mata uang negara itu)</translation>
    </message>
    <message>
        <source>Set a new shop up. Unset region options follow this computer&apos;s locale and time zone. The manager&apos;s PIN is asked twice, or read from --pin-file (mode 0600).</source>
        <comment>cli.help.init.description</comment>
        <translation>Siapkan toko baru. Opsi wilayah yang tidak diisi mengikuti lokal dan zona waktu komputer ini. PIN manajer ditanyakan dua kali, atau dibaca dari --pin-file (mode 0600).</translation>
    </message>
    <message>
        <source>the shop&apos;s language (default: the country&apos;s)</source>
        <comment>cli.help.init.language</comment>
        <translation>bahasa toko (bawaan: bahasa negara itu)</translation>
    </message>
    <message>
        <source>the shop&apos;s logo for member cards (a PNG file)</source>
        <comment>cli.help.init.logo</comment>
        <translation>logo toko untuk kartu anggota (file PNG)</translation>
    </message>
    <message>
        <source>the first manager&apos;s user name</source>
        <comment>cli.help.init.manager</comment>
        <translation>nama pengguna manajer pertama</translation>
    </message>
    <message>
        <source>the manager&apos;s full name (default: NAME)</source>
        <comment>cli.help.init.manager_name</comment>
        <translation>nama lengkap manajer (bawaan: NAME)</translation>
    </message>
    <message>
        <source>a file (mode 0600) whose first line is the manager&apos;s new PIN</source>
        <comment>cli.help.init.pin_file</comment>
        <translation>file (mode 0600) yang baris pertamanya adalah PIN baru manajer</translation>
    </message>
    <message>
        <source>starter program: simple points, points and tiers, or a stamp card (buy 9, 10th free)</source>
        <comment>cli.help.init.program</comment>
        <translation>program awal: poin sederhana, poin dan tingkat, atau kartu stempel (beli 9, ke-10 gratis)</translation>
    </message>
    <message>
        <source>where receipts go, e.g. escpos-network:192.168.1.50 (default: PDF files in the data folder)</source>
        <comment>cli.help.init.receipt_printer</comment>
        <translation>tujuan struk, mis. escpos-network:192.168.1.50 (bawaan: file PDF di folder data)</translation>
    </message>
    <message>
        <source>the shop&apos;s name as customers know it</source>
        <comment>cli.help.init.shop_name</comment>
        <translation>nama toko yang dikenal pelanggan</translation>
    </message>
    <message>
        <source>stamp card: the item that earns a stamp, e.g. Coffee</source>
        <comment>cli.help.init.stamp_item</comment>
        <translation>kartu stempel: barang yang mendapat stempel, mis. Kopi</translation>
    </message>
    <message>
        <source>stamp card: that item&apos;s price, e.g. 35.00</source>
        <comment>cli.help.init.stamp_price</comment>
        <translation>kartu stempel: harga barang itu, mis. 35.00</translation>
    </message>
    <message>
        <source>shelf prices include tax (VAT/GST) or are before tax (default: included)</source>
        <comment>cli.help.init.tax_mode</comment>
        <translation>harga rak sudah termasuk pajak (PPN) atau belum (bawaan: termasuk)</translation>
    </message>
    <message>
        <source>basket: ring products up here; amount: the shop&apos;s own cash register rings sales up and the till records each sale&apos;s amount for points (default basket)</source>
        <comment>cli.help.init.till_mode</comment>
        <translation>basket: produk dimasukkan di sini; amount: mesin kasir toko mencatat penjualan dan kasir ini mencatat jumlah tiap penjualan untuk poin (bawaan basket)</translation>
    </message>
    <message>
        <source>e.g. Europe/Oslo (default: this computer&apos;s)</source>
        <comment>cli.help.init.timezone</comment>
        <translation>mis. Asia/Jakarta (bawaan: zona waktu komputer ini)</translation>
    </message>
    <message>
        <source>make this folder a till of a chain instead of a new shop: register with the enrolment code and pull the shop, card keys, staff, program, catalog and members</source>
        <comment>cli.help.join</comment>
        <translation>jadikan folder ini kasir dalam jaringan, bukan toko baru: daftar dengan kode pendaftaran lalu tarik data toko, kunci kartu, staf, program, katalog, dan anggota</translation>
    </message>
    <message>
        <source>the one-time enrolment code from &apos;loyalty-pos serve add-terminal&apos;</source>
        <comment>cli.help.join.code</comment>
        <translation>kode pendaftaran sekali pakai dari &apos;loyalty-pos serve add-terminal&apos;</translation>
    </message>
    <message>
        <source>the manager&apos;s user name</source>
        <comment>cli.help.manager</comment>
        <translation>nama pengguna manajer</translation>
    </message>
    <message>
        <source>a file holding the manager&apos;s PIN, readable by its owner only (or set LOYALTY_POS_PIN, or type it when asked)</source>
        <comment>cli.help.manager_pin_file</comment>
        <translation>file berisi PIN manajer, hanya dapat dibaca pemiliknya (atau atur LOYALTY_POS_PIN, atau ketik saat diminta)</translation>
    </message>
    <message>
        <source>look a member up by card number; or: member export|erase ID, member retention --years N</source>
        <comment>cli.help.member</comment>
        <translation>cari anggota berdasarkan nomor kartu; atau: member export|erase ID, member retention --years N</translation>
    </message>
    <message>
        <source>retention: erase the members listed</source>
        <comment>cli.help.member.erase</comment>
        <translation>retention: hapus anggota yang tercantum</translation>
    </message>
    <message>
        <source>export: where to write (FILE.pdf: a readable PDF; otherwise JSON)</source>
        <comment>cli.help.member.out</comment>
        <translation>export: tujuan penulisan (FILE.pdf: PDF yang mudah dibaca; selain itu JSON)</translation>
    </message>
    <message>
        <source>export/erase: the member&apos;s id or card number</source>
        <comment>cli.help.member.target</comment>
        <translation>export/erase: id atau nomor kartu anggota</translation>
    </message>
    <message>
        <source>a 16-digit card number (spaces allowed) to look up, or a privacy action</source>
        <comment>cli.help.member.what</comment>
        <translation>nomor kartu 16 angka (boleh berspasi) untuk dicari, atau tindakan privasi</translation>
    </message>
    <message>
        <source>retention: members with no sale or points activity for N years</source>
        <comment>cli.help.member.years</comment>
        <translation>retention: anggota tanpa penjualan atau aktivitas poin selama N tahun</translation>
    </message>
    <message>
        <source>erase without asking to type ERASE (for scripts; it cannot be undone)</source>
        <comment>cli.help.member.yes</comment>
        <translation>hapus tanpa meminta mengetik ERASE (untuk skrip; tidak dapat dibatalkan)</translation>
    </message>
    <message>
        <source>manager corrections and household transfers</source>
        <comment>cli.help.points</comment>
        <translation>koreksi manajer dan transfer poin antaranggota keluarga</translation>
    </message>
    <message>
        <source>add (or with a minus sign, remove) points with a reason</source>
        <comment>cli.help.points.adjust</comment>
        <translation>tambah (atau dengan tanda minus, kurangi) poin beserta alasannya</translation>
    </message>
    <message>
        <source>the member&apos;s card number</source>
        <comment>cli.help.points.card</comment>
        <translation>nomor kartu anggota</translation>
    </message>
    <message>
        <source>the card number of the member who gives the points</source>
        <comment>cli.help.points.from_card</comment>
        <translation>nomor kartu anggota yang memberi poin</translation>
    </message>
    <message>
        <source>how many points</source>
        <comment>cli.help.points.points</comment>
        <translation>berapa poin</translation>
    </message>
    <message>
        <source>why (kept in the ledger)</source>
        <comment>cli.help.points.reason</comment>
        <translation>alasan (disimpan di buku besar)</translation>
    </message>
    <message>
        <source>the card number of the member who receives them</source>
        <comment>cli.help.points.to_card</comment>
        <translation>nomor kartu anggota yang menerimanya</translation>
    </message>
    <message>
        <source>move points between members in steps of 1,000</source>
        <comment>cli.help.points.transfer</comment>
        <translation>pindahkan poin antaranggota dalam kelipatan 1,000</translation>
    </message>
    <message>
        <source>Offline-first point-of-sale loyalty terminal (no command: open the till)</source>
        <comment>cli.help.program</comment>
        <translation>Terminal loyalitas kasir yang bekerja luring (tanpa perintah: buka kasir)</translation>
    </message>
    <message>
        <source>reports to read at the shop</source>
        <comment>cli.help.report</comment>
        <translation>laporan untuk dibaca di toko</translation>
    </message>
    <message>
        <source>end of day per till and cashier: sales, returns, money per tender, points</source>
        <comment>cli.help.report.day</comment>
        <translation>tutup hari per kasir dan petugas kasir: penjualan, retur, uang per cara bayar, poin</translation>
    </message>
    <message>
        <source>the shop&apos;s local date (default: today there)</source>
        <comment>cli.help.report.day.date</comment>
        <translation>tanggal setempat toko (bawaan: hari ini di sana)</translation>
    </message>
    <message>
        <source>only this terminal</source>
        <comment>cli.help.report.day.terminal</comment>
        <translation>hanya terminal ini</translation>
    </message>
    <message>
        <source>replace the database with a backup that passes check</source>
        <comment>cli.help.restore</comment>
        <translation>ganti basis data dengan cadangan yang lolos pemeriksaan</translation>
    </message>
    <message>
        <source>replace this shop with another shop&apos;s backup (its data and card keys)</source>
        <comment>cli.help.restore.other_shop</comment>
        <translation>ganti toko ini dengan cadangan toko lain (data dan kunci kartunya)</translation>
    </message>
    <message>
        <source>the sealed backup&apos;s passphrase file</source>
        <comment>cli.help.restore.passphrase_file</comment>
        <translation>file frasa sandi cadangan yang disegel</translation>
    </message>
    <message>
        <source>restore a backup whose card keys differ from this till&apos;s (cards printed with this till&apos;s keys then read as forged; its keys are kept aside either way)</source>
        <comment>cli.help.restore.replace_printed</comment>
        <translation>pulihkan cadangan yang kunci kartunya berbeda dari kasir ini (kartu yang dicetak dengan kunci kasir ini lalu terbaca palsu; kuncinya tetap disimpan terpisah)</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <comment>cli.help.restore.source</comment>
        <translation>file cadangan yang akan dipulihkan</translation>
    </message>
    <message>
        <source>sales from another cash register</source>
        <comment>cli.help.sales</comment>
        <translation>penjualan dari mesin kasir lain</translation>
    </message>
    <message>
        <source>import a register&apos;s CSV export (card or phone, amount, date, [time], receipt, [register], [category]); a receipt seen before is skipped</source>
        <comment>cli.help.sales.import</comment>
        <translation>impor ekspor CSV dari mesin kasir (kartu atau telepon, jumlah, tanggal, [waktu], struk, [mesin kasir], [kategori]); struk yang sudah pernah ada dilewati</translation>
    </message>
    <message>
        <source>show each row&apos;s outcome and store nothing</source>
        <comment>cli.help.sales.import.dry_run</comment>
        <translation>tampilkan hasil tiap baris dan jangan simpan apa pun</translation>
    </message>
    <message>
        <source>the CSV file to import</source>
        <comment>cli.help.sales.import.file</comment>
        <translation>file CSV yang akan diimpor</translation>
    </message>
    <message>
        <source>run the chain&apos;s sync server; serve add-terminal|revoke-terminal|list-terminals|migrate</source>
        <comment>cli.help.serve</comment>
        <translation>jalankan server sinkronisasi jaringan; serve add-terminal|revoke-terminal|list-terminals|migrate</translation>
    </message>
    <message>
        <source>create a terminal and print its one-time enrolment code</source>
        <comment>cli.help.serve.add_terminal</comment>
        <translation>buat terminal dan cetak kode pendaftaran sekali pakainya</translation>
    </message>
    <message>
        <source>may publish the program, catalog and card keys to the chain</source>
        <comment>cli.help.serve.add_terminal.head_office</comment>
        <translation>boleh menerbitkan program, katalog, dan kunci kartu ke jaringan</translation>
    </message>
    <message>
        <source>the shop this terminal belongs to (the till&apos;s shop id; default &apos;main&apos;)</source>
        <comment>cli.help.serve.add_terminal.shop</comment>
        <translation>toko pemilik terminal ini (id toko kasir; bawaan &apos;main&apos;)</translation>
    </message>
    <message>
        <source>the server&apos;s database, postgresql+psycopg://user:pass@host/db (default: an embedded SQLite file in the data folder, to try it out)</source>
        <comment>cli.help.serve.db</comment>
        <translation>basis data server, postgresql+psycopg://user:pass@host/db (bawaan: file SQLite tertanam di folder data, untuk mencoba)</translation>
    </message>
    <message>
        <source>address to listen on (default 127.0.0.1: this machine only)</source>
        <comment>cli.help.serve.host</comment>
        <translation>alamat yang didengarkan (bawaan 127.0.0.1: hanya komputer ini)</translation>
    </message>
    <message>
        <source>the terminals, their shops and whether they are enrolled</source>
        <comment>cli.help.serve.list_terminals</comment>
        <translation>daftar terminal, tokonya, dan apakah sudah terdaftar</translation>
    </message>
    <message>
        <source>bring the database&apos;s schema to this release&apos;s (once, under a lock)</source>
        <comment>cli.help.serve.migrate</comment>
        <translation>perbarui skema basis data ke versi rilis ini (sekali, dengan kunci)</translation>
    </message>
    <message>
        <source>upgrade the schema without a backup first (PostgreSQL without pg_dump on PATH)</source>
        <comment>cli.help.serve.no_backup</comment>
        <translation>tingkatkan skema tanpa membuat cadangan dulu (PostgreSQL tanpa pg_dump di PATH)</translation>
    </message>
    <message>
        <source>port (default 8765)</source>
        <comment>cli.help.serve.port</comment>
        <translation>port (bawaan 8765)</translation>
    </message>
    <message>
        <source>refuse every later request of a terminal&apos;s token</source>
        <comment>cli.help.serve.revoke_terminal</comment>
        <translation>tolak setiap permintaan berikutnya dengan token terminal itu</translation>
    </message>
    <message>
        <source>the terminal&apos;s name</source>
        <comment>cli.help.serve.terminal</comment>
        <translation>nama terminal</translation>
    </message>
    <message>
        <source>API worker processes (default 1)</source>
        <comment>cli.help.serve.workers</comment>
        <translation>jumlah proses pekerja API (bawaan 1)</translation>
    </message>
    <message>
        <source>the chain server, https://host[:port] (http:// only on this machine)</source>
        <comment>cli.help.server_url</comment>
        <translation>server jaringan, https://host[:port] (http:// hanya di komputer ini)</translation>
    </message>
    <message>
        <source>with --smoke-test: save a picture of that first screen</source>
        <comment>cli.help.smoke_screenshot</comment>
        <translation>dengan --smoke-test: simpan gambar layar pertama itu</translation>
    </message>
    <message>
        <source>open the till (or the first-run setup), close it once its first screen is up and say which screen that was: checks an installation</source>
        <comment>cli.help.smoke_test</comment>
        <translation>buka kasir (atau penyiapan awal), tutup setelah layar pertamanya muncul dan sebutkan layar apa itu: memeriksa instalasi</translation>
    </message>
    <message>
        <source>with --smoke-test: fail, saying where the start waited, if its first screen has not come up and closed after this long (default {seconds})</source>
        <comment>cli.help.smoke_timeout</comment>
        <translation>dengan --smoke-test: gagal, sambil menyebut di mana awal program menunggu, jika layar pertamanya belum muncul dan tertutup setelah selama ini (bawaan {seconds})</translation>
    </message>
    <message>
        <source>staff accounts: add, list, disable, reset a PIN; recover a forgotten manager PIN</source>
        <comment>cli.help.staff</comment>
        <translation>akun staf: tambah, daftar, nonaktifkan, atur ulang PIN; pulihkan PIN manajer yang terlupa</translation>
    </message>
    <message>
        <source>a new cashier or manager, with their first PIN</source>
        <comment>cli.help.staff.add</comment>
        <translation>kasir atau manajer baru, dengan PIN pertamanya</translation>
    </message>
    <message>
        <source>their name as colleagues know it</source>
        <comment>cli.help.staff.add.name</comment>
        <translation>nama yang dikenal rekan kerja</translation>
    </message>
    <message>
        <source>cashier or manager (default: cashier)</source>
        <comment>cli.help.staff.add.role</comment>
        <translation>kasir atau manajer (bawaan: kasir)</translation>
    </message>
    <message>
        <source>what they type at sign-in (letters, digits, dots, underscores)</source>
        <comment>cli.help.staff.add.username</comment>
        <translation>yang diketik saat masuk (huruf, angka, titik, garis bawah)</translation>
    </message>
    <message>
        <source>stop an account from signing in (its history stays)</source>
        <comment>cli.help.staff.disable</comment>
        <translation>hentikan akun agar tidak bisa masuk (riwayatnya tetap ada)</translation>
    </message>
    <message>
        <source>every account, its role and whether it can sign in</source>
        <comment>cli.help.staff.list</comment>
        <translation>semua akun, perannya, dan apakah bisa masuk</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the account&apos;s new PIN (else it is asked twice)</source>
        <comment>cli.help.staff.new_pin_file</comment>
        <translation>file (mode 0600) berisi PIN baru akun (jika tidak, ditanyakan dua kali)</translation>
    </message>
    <message>
        <source>the shop&apos;s only manager forgot the PIN: set a new one with the recovery code printed at setup</source>
        <comment>cli.help.staff.recover</comment>
        <translation>satu-satunya manajer toko lupa PIN: atur PIN baru dengan kode pemulihan yang dicetak saat penyiapan</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the recovery code (else it is asked)</source>
        <comment>cli.help.staff.recover.code_file</comment>
        <translation>file (mode 0600) berisi kode pemulihan (jika tidak, ditanyakan)</translation>
    </message>
    <message>
        <source>whose PIN to set (default: the shop&apos;s only manager)</source>
        <comment>cli.help.staff.recover.manager</comment>
        <translation>PIN siapa yang diatur (bawaan: satu-satunya manajer toko)</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the new PIN (else it is asked twice)</source>
        <comment>cli.help.staff.recover.pin_file</comment>
        <translation>file (mode 0600) berisi PIN baru (jika tidak, ditanyakan dua kali)</translation>
    </message>
    <message>
        <source>set a new PIN for an account and lift a lock-out</source>
        <comment>cli.help.staff.reset_pin</comment>
        <translation>atur PIN baru untuk akun dan cabut penguncian</translation>
    </message>
    <message>
        <source>the account&apos;s user name</source>
        <comment>cli.help.staff.username</comment>
        <translation>nama pengguna akun</translation>
    </message>
    <message>
        <source>one sync round with the chain server (push, pull); &apos;sync register URL CODE&apos; joins this till to a chain</source>
        <comment>cli.help.sync</comment>
        <translation>satu putaran sinkronisasi dengan server jaringan (kirim, tarik); &apos;sync register URL CODE&apos; menggabungkan kasir ini ke jaringan</translation>
    </message>
    <message>
        <source>exchange the enrolment code from &apos;loyalty-pos serve add-terminal&apos; for this till&apos;s terminal id and token</source>
        <comment>cli.help.sync.register</comment>
        <translation>tukarkan kode pendaftaran dari &apos;loyalty-pos serve add-terminal&apos; dengan id terminal dan token kasir ini</translation>
    </message>
    <message>
        <source>this till&apos;s name on the server (default: the computer&apos;s name)</source>
        <comment>cli.help.till_name</comment>
        <translation>nama kasir ini di server (bawaan: nama komputer)</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <comment>cli.help.version</comment>
        <translation>cetak versi lalu keluar</translation>
    </message>
    <message>
        <source>your manager user name (default: the shop&apos;s only manager)</source>
        <comment>cli.help.your_manager</comment>
        <translation>nama pengguna manajer Anda (bawaan: satu-satunya manajer toko)</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding your PIN (or set LOYALTY_POS_PIN; else it is asked)</source>
        <comment>cli.help.your_pin_file</comment>
        <translation>file (mode 0600) berisi PIN Anda (atau atur LOYALTY_POS_PIN; jika tidak, ditanyakan)</translation>
    </message>
    <message>
        <source>amount</source>
        <comment>cli.import_column_amount</comment>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>line</source>
        <comment>cli.import_column_line</comment>
        <translation>baris</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>cli.import_column_outcome</comment>
        <translation>hasil</translation>
    </message>
    <message>
        <source>points</source>
        <comment>cli.import_column_points</comment>
        <translation>poin</translation>
    </message>
    <message>
        <source>receipt</source>
        <comment>cli.import_column_receipt</comment>
        <translation>struk</translation>
    </message>
    <message>
        <source>imported</source>
        <comment>cli.import_done</comment>
        <translation>diimpor</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <comment>cli.import_refused</comment>
        <translation>ditolak: {reason}</translation>
    </message>
    <message>
        <source>{imported} row(s) imported, {refused} refused</source>
        <comment>cli.import_summary</comment>
        <translation>{imported} baris diimpor, {refused} ditolak</translation>
    </message>
    <message>
        <source>{imported} row(s) would be imported, {refused} refused</source>
        <comment>cli.import_summary_dry</comment>
        <translation>{imported} baris akan diimpor, {refused} ditolak</translation>
    </message>
    <message>
        <source>would import</source>
        <comment>cli.import_would</comment>
        <translation>akan diimpor</translation>
    </message>
    <message>
        <source>{count} member(s) inactive since {day}</source>
        <comment>cli.inactive_count</comment>
        <translation>{count} anggota tidak aktif sejak {day}</translation>
    </message>
    <message>
        <source>{count} member(s) (and more) inactive since {day}</source>
        <comment>cli.inactive_count_more</comment>
        <translation>{count} anggota (dan lainnya) tidak aktif sejak {day}</translation>
    </message>
    <message>
        <source>{erased} member(s) erased, {points} points forfeited</source>
        <comment>cli.inactive_erased</comment>
        <translation>{erased} anggota dihapus, {points} poin hangus</translation>
    </message>
    <message>
        <source>{member}  last activity {last}  {name}</source>
        <comment>cli.inactive_row</comment>
        <translation>{member}  aktivitas terakhir {last}  {name}</translation>
    </message>
    <message>
        <source>checking what arrived...</source>
        <comment>cli.join_step_check</comment>
        <translation>memeriksa data yang diterima...</translation>
    </message>
    <message>
        <source>pulling the chain (members, head office&apos;s shop)...</source>
        <comment>cli.join_step_pull</comment>
        <translation>menarik data jaringan (anggota, toko kantor pusat)...</translation>
    </message>
    <message>
        <source>registering with the chain server...</source>
        <comment>cli.join_step_register</comment>
        <translation>mendaftar ke server jaringan...</translation>
    </message>
    <message>
        <source>saving the shop...</source>
        <comment>cli.join_step_save</comment>
        <translation>menyimpan toko...</translation>
    </message>
    <message>
        <source>joined the chain as terminal {terminal}: {shop}, {members} member(s); first backup {backup}</source>
        <comment>cli.joined</comment>
        <translation>bergabung ke jaringan sebagai terminal {terminal}: {shop}, {members} anggota; cadangan pertama {backup}</translation>
    </message>
    <message>
        <source>added {added} key(s)</source>
        <comment>cli.key_added</comment>
        <translation>menambahkan {added} kunci</translation>
    </message>
    <message>
        <source>wrote the card keys ({fingerprints}) to {path}; keep it secret, import it on each till with: loyalty-pos cards key import FILE</source>
        <comment>cli.key_exported</comment>
        <translation>menulis kunci kartu ({fingerprints}) ke {path}; rahasiakan, impor di setiap kasir dengan: loyalty-pos cards key import FILE</translation>
    </message>
    <message>
        <source>key file: {path}</source>
        <comment>cli.key_file</comment>
        <translation>file kunci: {path}</translation>
    </message>
    <message>
        <source>card key fingerprint {fingerprint}</source>
        <comment>cli.key_fingerprint</comment>
        <translation>sidik jari kunci kartu {fingerprint}</translation>
    </message>
    <message>
        <source>card key fingerprint {fingerprint}  (current: signs new cards)</source>
        <comment>cli.key_fingerprint_current</comment>
        <translation>sidik jari kunci kartu {fingerprint}  (saat ini: menandatangani kartu baru)</translation>
    </message>
    <message>
        <source>{what}{kept}; this till now signs cards with the key {current} and checks them with {fingerprints}; restart the till to use it</source>
        <comment>cli.key_imported</comment>
        <translation>{what}{kept}; kasir ini kini menandatangani kartu dengan kunci {current} dan memeriksanya dengan {fingerprints}; mulai ulang kasir untuk memakainya</translation>
    </message>
    <message>
        <source> (the file it replaced is kept as {path})</source>
        <comment>cli.key_kept</comment>
        <translation> (file yang diganti disimpan sebagai {path})</translation>
    </message>
    <message>
        <source>no card key on record for this shop</source>
        <comment>cli.key_none</comment>
        <translation>tidak ada kunci kartu tercatat untuk toko ini</translation>
    </message>
    <message>
        <source>put back this shop&apos;s card keys</source>
        <comment>cli.key_repaired</comment>
        <translation>mengembalikan kunci kartu toko ini</translation>
    </message>
    <message>
        <source>new cards are now signed with the key {current}; cards printed with the earlier key(s) {earlier} still scan. Restart the till to use it</source>
        <comment>cli.key_rotated</comment>
        <translation>kartu baru kini ditandatangani dengan kunci {current}; kartu yang dicetak dengan kunci sebelumnya {earlier} tetap terbaca. Mulai ulang kasir untuk memakainya</translation>
    </message>
    <message>
        <source>member {member} was already erased: nothing changed</source>
        <comment>cli.member_already_erased</comment>
        <translation>anggota {member} sudah dihapus: tidak ada yang berubah</translation>
    </message>
    <message>
        <source>  balance  {points} points</source>
        <comment>cli.member_balance</comment>
        <translation>  saldo    {points} poin</translation>
    </message>
    <message>
        <source>member {member} erased: {points} points forfeited, {cards} card(s) blocked, {receipts} stored receipt(s) anonymised</source>
        <comment>cli.member_erased</comment>
        <translation>anggota {member} dihapus: {points} poin hangus, {cards} kartu diblokir, {receipts} struk tersimpan dianonimkan</translation>
    </message>
    <message>
        <source>  expiring {points} points on {day}</source>
        <comment>cli.member_expiring</comment>
        <translation>  kedaluwarsa {points} poin pada {day}</translation>
    </message>
    <message>
        <source>member {member}: data written to {path} ({format})</source>
        <comment>cli.member_exported</comment>
        <translation>anggota {member}: data ditulis ke {path} ({format})</translation>
    </message>
    <message>
        <source>  next tier {tier}: {amount} more spend</source>
        <comment>cli.member_next_tier</comment>
        <translation>  tingkat berikutnya {tier}: belanja {amount} lagi</translation>
    </message>
    <message>
        <source>  tier     {tier}</source>
        <comment>cli.member_tier</comment>
        <translation>  tingkat  {tier}</translation>
    </message>
    <message>
        <source>never</source>
        <comment>cli.never</comment>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>(no backup)</source>
        <comment>cli.no_backup</comment>
        <translation>(tidak ada cadangan)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>cli.none</comment>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>no member has been inactive since {day}</source>
        <comment>cli.none_inactive</comment>
        <translation>tidak ada anggota yang tidak aktif sejak {day}</translation>
    </message>
    <message>
        <source>not erased: ERASE was not typed</source>
        <comment>cli.not_erased</comment>
        <translation>tidak dihapus: ERASE tidak diketik</translation>
    </message>
    <message>
        <source>NOTE: {note}</source>
        <comment>cli.note</comment>
        <translation>CATATAN: {note}</translation>
    </message>
    <message>
        <source>new PIN set for {username}; a lock-out, if any, is lifted</source>
        <comment>cli.pin_reset</comment>
        <translation>PIN baru diatur untuk {username}; penguncian, jika ada, dicabut</translation>
    </message>
    <message>
        <source>{name}: {points} points ({reason}); balance {balance}</source>
        <comment>cli.points_adjusted</comment>
        <translation>{name}: {points} poin ({reason}); saldo {balance}</translation>
    </message>
    <message>
        <source>moved {points} points from {giver} (now {given}) to {receiver} (now {received})</source>
        <comment>cli.points_moved</comment>
        <translation>memindahkan {points} poin dari {giver} (kini {given}) ke {receiver} (kini {received})</translation>
    </message>
    <message>
        <source>PROBLEM: {problem}</source>
        <comment>cli.problem</comment>
        <translation>MASALAH: {problem}</translation>
    </message>
    <message>
        <source>{what} cannot be undone. Type ERASE to go ahead:</source>
        <comment>cli.prompt.erase</comment>
        <translation>{what} tidak dapat dibatalkan. Ketik ERASE untuk lanjut:</translation>
    </message>
    <message>
        <source>PIN of the manager {manager} (not shown):</source>
        <comment>cli.prompt.manager_pin</comment>
        <translation>PIN manajer {manager} (tidak ditampilkan):</translation>
    </message>
    <message>
        <source>New PIN for {whose} (4-12 digits, not shown):</source>
        <comment>cli.prompt.new_pin</comment>
        <translation>PIN baru untuk {whose} (4-12 angka, tidak ditampilkan):</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <comment>cli.prompt.new_pin_again</comment>
        <translation>PIN yang sama sekali lagi:</translation>
    </message>
    <message>
        <source>Backup passphrase (not shown):</source>
        <comment>cli.prompt.passphrase</comment>
        <translation>Frasa sandi cadangan (tidak ditampilkan):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <comment>cli.prompt.passphrase_again</comment>
        <translation>Frasa sandi yang sama sekali lagi:</translation>
    </message>
    <message>
        <source>Recovery code (as printed at setup; not shown):</source>
        <comment>cli.prompt.recovery_code</comment>
        <translation>Kode pemulihan (seperti dicetak saat penyiapan; tidak ditampilkan):</translation>
    </message>
    <message>
        <source>new PIN set for {manager}; sign in with it.</source>
        <comment>cli.recovered</comment>
        <translation>PIN baru diatur untuk {manager}; masuk dengan PIN itu.</translation>
    </message>
    <message>
        <source>The recovery code just used no longer works. The new one is shown only this once: write it down.</source>
        <comment>cli.recovery_code_replaced</comment>
        <translation>Kode pemulihan yang baru dipakai tidak berlaku lagi. Kode baru hanya ditampilkan sekali ini: catatlah.</translation>
    </message>
    <message>
        <source>loyalty-pos serve: the sync server needs packages this install does not have ({package}).
Install them with: pip install &apos;loyalty-pos[server]&apos;</source>
        <comment>cli.serve_missing</comment>
        <translation>loyalty-pos serve: server sinkronisasi memerlukan paket yang tidak ada di instalasi ini ({package}).
Pasang dengan: pip install &apos;loyalty-pos[server]&apos;</translation>
    </message>
    <message>
        <source>  first backup: {path}</source>
        <comment>cli.setup_backup</comment>
        <translation>  cadangan pertama: {path}</translation>
    </message>
    <message>
        <source>The shop {name!r} is set up in {path}.</source>
        <comment>cli.setup_done</comment>
        <translation>Toko {name!r} telah disiapkan di {path}.</translation>
    </message>
    <message>
        <source>  manager:      {manager} (signs in with the PIN just chosen)</source>
        <comment>cli.setup_manager</comment>
        <translation>  manajer:      {manager} (masuk dengan PIN yang baru dipilih)</translation>
    </message>
    <message>
        <source>  program:      {program} (version {version}, published)</source>
        <comment>cli.setup_program</comment>
        <translation>  program:      {program} (versi {version}, diterbitkan)</translation>
    </message>
    <message>
        <source>Recovery code. It is shown only this once: write it down and keep it away from the till.</source>
        <comment>cli.setup_recovery_code</comment>
        <translation>Kode pemulihan. Hanya ditampilkan sekali ini: catat dan simpan jauh dari kasir.</translation>
    </message>
    <message>
        <source>If the shop&apos;s only manager forgets the PIN, &apos;loyalty-pos staff recover&apos; asks for it.</source>
        <comment>cli.setup_recovery_use</comment>
        <translation>Jika satu-satunya manajer toko lupa PIN, &apos;loyalty-pos staff recover&apos; akan memintanya.</translation>
    </message>
    <message>
        <source>no first screen came up and closed within {seconds} s; where each thread was:
{stacks}</source>
        <comment>cli.smoke.deadline</comment>
        <translation>tidak ada layar pertama yang muncul dan tertutup dalam {seconds} detik; posisi tiap thread:
{stacks}</translation>
    </message>
    <message>
        <source>smoke test failed: exit code {code}, first screen {screen}</source>
        <comment>cli.smoke_failed</comment>
        <translation>uji asap gagal: kode keluar {code}, layar pertama {screen}</translation>
    </message>
    <message>
        <source>smoke test passed: the till opened on {screen} and closed</source>
        <comment>cli.smoke_passed</comment>
        <translation>uji asap lulus: kasir terbuka di {screen} lalu ditutup</translation>
    </message>
    <message>
        <source>active</source>
        <comment>cli.staff_active</comment>
        <translation>aktif</translation>
    </message>
    <message>
        <source>added the {role} {username} ({name}); they sign in with the new PIN</source>
        <comment>cli.staff_added</comment>
        <translation>menambahkan {role} {username} ({name}); mereka masuk dengan PIN baru</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>cli.staff_column_name</comment>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>ROLE</source>
        <comment>cli.staff_column_role</comment>
        <translation>PERAN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <comment>cli.staff_column_status</comment>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>USER NAME</source>
        <comment>cli.staff_column_user</comment>
        <translation>NAMA PENGGUNA</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>cli.staff_disabled</comment>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>{username} can no longer sign in; their sales and history stay</source>
        <comment>cli.staff_disabled_done</comment>
        <translation>{username} tidak dapat masuk lagi; penjualan dan riwayatnya tetap ada</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <comment>cli.staff_locked_until</comment>
        <translation>terkunci sampai {time}</translation>
    </message>
    <message>
        <source>card sheet pages</source>
        <comment>cli.stage.card_sheet_pages</comment>
        <translation>halaman lembar kartu</translation>
    </message>
    <message>
        <source>erasing</source>
        <comment>cli.stage.erasing</comment>
        <translation>menghapus</translation>
    </message>
    <message>
        <source>history</source>
        <comment>cli.stage.history</comment>
        <translation>riwayat</translation>
    </message>
    <message>
        <source>indexing</source>
        <comment>cli.stage.indexing</comment>
        <translation>mengindeks</translation>
    </message>
    <message>
        <source>members</source>
        <comment>cli.stage.members</comment>
        <translation>anggota</translation>
    </message>
    <message>
        <source>warning: this computer&apos;s clock differs from the server&apos;s by {seconds} s</source>
        <comment>cli.sync_clock_skew</comment>
        <translation>peringatan: jam komputer ini berbeda dari jam server sebesar {seconds} detik</translation>
    </message>
    <message>
        <source>{count} member(s) below zero after the merge (two tills spent the same points offline): {members}</source>
        <comment>cli.sync_negative</comment>
        <translation>{count} anggota di bawah nol setelah penggabungan (dua kasir memakai poin yang sama saat offline): {members}</translation>
    </message>
    <message>
        <source>{parked} pulled event(s) wait for a member this till has not received yet</source>
        <comment>cli.sync_parked</comment>
        <translation>{parked} peristiwa yang ditarik menunggu anggota yang belum diterima kasir ini</translation>
    </message>
    <message>
        <source>registered as terminal {terminal} of shop {shop} at {url}; run &apos;loyalty-pos sync&apos; for the first round</source>
        <comment>cli.sync_registered</comment>
        <translation>terdaftar sebagai terminal {terminal} dari toko {shop} di {url}; jalankan &apos;loyalty-pos sync&apos; untuk putaran pertama</translation>
    </message>
    <message>
        <source>pushed {pushed} event(s), pulled {pulled}, {waiting} waiting</source>
        <comment>cli.sync_round</comment>
        <translation>mengirim {pushed} peristiwa, menarik {pulled}, {waiting} menunggu</translation>
    </message>
    <message>
        <source>--bench-start starts the till: give it no command</source>
        <comment>cli.usage.bench_start_alone</comment>
        <translation>--bench-start membuka kasir: jangan beri perintah</translation>
    </message>
    <message>
        <source>--bench-start is for `loyalty-pos bench` only</source>
        <comment>cli.usage.bench_start_bench_only</comment>
        <translation>--bench-start hanya untuk `loyalty-pos bench`</translation>
    </message>
    <message>
        <source>{prog}: {message} (see --help)</source>
        <comment>cli.usage.error</comment>
        <translation>{prog}: {message} (lihat --help)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <comment>cli.usage.negative</comment>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <source>a PIN is never given on the command line (others can read it there): use --pin-file F (mode 0600), set {env}, or type it when asked</source>
        <comment>cli.usage.no_pin_argument</comment>
        <translation>PIN tidak pernah diberikan di baris perintah (orang lain dapat membacanya): pakai --pin-file F (mode 0600), atur {env}, atau ketik saat diminta</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <comment>cli.usage.not_a_date</comment>
        <translation>bukan tanggal (YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <comment>cli.usage.not_above_zero</comment>
        <translation>harus lebih dari 0</translation>
    </message>
    <message>
        <source>not a number of seconds above 0 and below a day: {text}</source>
        <comment>cli.usage.not_seconds</comment>
        <translation>bukan jumlah detik di atas 0 dan di bawah satu hari: {text}</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <comment>cli.usage.not_whole_number</comment>
        <translation>{text} bukan bilangan bulat</translation>
    </message>
    <message>
        <source>--smoke-screenshot goes with --smoke-test</source>
        <comment>cli.usage.screenshot_needs_smoke</comment>
        <translation>--smoke-screenshot dipakai bersama --smoke-test</translation>
    </message>
    <message>
        <source>--smoke-test starts the till: give it no command</source>
        <comment>cli.usage.smoke_alone</comment>
        <translation>--smoke-test membuka kasir: jangan beri perintah</translation>
    </message>
    <message>
        <source>--smoke-timeout goes with --smoke-test</source>
        <comment>cli.usage.timeout_needs_smoke</comment>
        <translation>--smoke-timeout dipakai bersama --smoke-test</translation>
    </message>
    <message>
        <source>must not be 0</source>
        <comment>cli.usage.zero</comment>
        <translation>tidak boleh 0</translation>
    </message>
    <message>
        <source>{value}</source>
        <comment>cli.value</comment>
        <translation>{value}</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>country.AT</comment>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <comment>country.AU</comment>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>country.BE</comment>
        <translation>Belgia</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <comment>country.BH</comment>
        <translation>Bahrain</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>country.DE</comment>
        <translation>Jerman</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>country.DK</comment>
        <translation>Denmark</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>country.ES</comment>
        <translation>Spanyol</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>country.FI</comment>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <comment>country.FR</comment>
        <translation>Prancis</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <comment>country.GB</comment>
        <translation>Inggris Raya</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <comment>country.ID</comment>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>country.IE</comment>
        <translation>Irlandia</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>country.IT</comment>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Japan</source>
        <comment>country.JP</comment>
        <translation>Jepang</translation>
    </message>
    <message>
        <source>South Korea</source>
        <comment>country.KR</comment>
        <translation>Korea Selatan</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <comment>country.KW</comment>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <comment>country.MY</comment>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <comment>country.NL</comment>
        <translation>Belanda</translation>
    </message>
    <message>
        <source>Norway</source>
        <comment>country.NO</comment>
        <translation>Norwegia</translation>
    </message>
    <message>
        <source>Portugal</source>
        <comment>country.PT</comment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Sweden</source>
        <comment>country.SE</comment>
        <translation>Swedia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <comment>country.SG</comment>
        <translation>Singapura</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <comment>country.TW</comment>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>United States</source>
        <comment>country.US</comment>
        <translation>Amerika Serikat</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) today: it gives points again tomorrow.</source>
        <comment>error.action_day_limit_reached</comment>
        <translation>{member} sudah mendapat {campaign} {limit} kali hari ini: poin diberikan lagi besok.</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s): that is the most it gives one member.</source>
        <comment>error.action_limit_reached</comment>
        <translation>{member} sudah mendapat {campaign} {limit} kali: itu batas maksimum untuk satu anggota.</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) this month: it gives points again next month.</source>
        <comment>error.action_month_limit_reached</comment>
        <translation>{member} sudah mendapat {campaign} {limit} kali bulan ini: poin diberikan lagi bulan depan.</translation>
    </message>
    <message>
        <source>{campaign} is not running for this member now, so it gives no points.</source>
        <comment>error.action_not_offered</comment>
        <translation>{campaign} sedang tidak berjalan untuk anggota ini, jadi tidak memberi poin.</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) this week: it gives points again next week.</source>
        <comment>error.action_week_limit_reached</comment>
        <translation>{member} sudah mendapat {campaign} {limit} kali minggu ini: poin diberikan lagi minggu depan.</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) this year: it gives points again next year.</source>
        <comment>error.action_year_limit_reached</comment>
        <translation>{member} sudah mendapat {campaign} {limit} kali tahun ini: poin diberikan lagi tahun depan.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was given for another kind of approval. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.action</comment>
        <translation>Persetujuan manajer tidak berlaku: persetujuan itu diberikan untuk jenis persetujuan lain. Minta manajer menyetujui lagi.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was given for another amount. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.amount</comment>
        <translation>Persetujuan manajer tidak berlaku: persetujuan itu diberikan untuk jumlah lain. Minta manajer menyetujui lagi.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: {approver} is no longer an active manager. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.approver</comment>
        <translation>Persetujuan manajer tidak berlaku: {approver} bukan lagi manajer aktif. Minta manajer menyetujui lagi.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it has expired. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.expired</comment>
        <translation>Persetujuan manajer tidak berlaku: persetujuan itu sudah kedaluwarsa. Minta manajer menyetujui lagi.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: no such approval was given. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.none</comment>
        <translation>Persetujuan manajer tidak berlaku: persetujuan itu tidak pernah diberikan. Minta manajer menyetujui lagi.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was given for another sale, return or member. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.subject</comment>
        <translation>Persetujuan manajer tidak berlaku: persetujuan itu diberikan untuk penjualan, retur, atau anggota lain. Minta manajer menyetujui lagi.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was already used. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.used</comment>
        <translation>Persetujuan manajer tidak berlaku: persetujuan itu sudah dipakai. Minta manajer menyetujui lagi.</translation>
    </message>
    <message>
        <source>That is not a manager&apos;s PIN.</source>
        <comment>error.approval_refused</comment>
        <translation>Itu bukan PIN manajer.</translation>
    </message>
    <message>
        <source>Too many wrong manager PINs at this till: approvals resume at {until}.</source>
        <comment>error.approvals_locked</comment>
        <translation>Terlalu banyak PIN manajer yang salah di kasir ini: persetujuan dapat dilakukan lagi pukul {until}.</translation>
    </message>
    <message>
        <source>Authored at head office: adding product categories is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.adding_product_categories</comment>
        <translation>Disusun di kantor pusat: menambah kategori produk dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: deactivating products is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.deactivating_products</comment>
        <translation>Disusun di kantor pusat: menonaktifkan produk dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: discarding the draft program is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.discarding_the_draft_program</comment>
        <translation>Disusun di kantor pusat: membuang draf program dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: editing campaigns is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_campaigns</comment>
        <translation>Disusun di kantor pusat: mengubah kampanye dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: editing charities is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_charities</comment>
        <translation>Disusun di kantor pusat: mengubah badan amal dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: editing gift card rules is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_gift_card_rules</comment>
        <translation>Disusun di kantor pusat: mengubah aturan kartu hadiah dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: editing products is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_products</comment>
        <translation>Disusun di kantor pusat: mengubah produk dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: editing segments is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_segments</comment>
        <translation>Disusun di kantor pusat: mengubah segmen dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: editing the loyalty program is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_the_loyalty_program</comment>
        <translation>Disusun di kantor pusat: mengubah program loyalitas dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: editing the reward catalog is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_the_reward_catalog</comment>
        <translation>Disusun di kantor pusat: mengubah katalog hadiah dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: ending campaigns is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.ending_campaigns</comment>
        <translation>Disusun di kantor pusat: mengakhiri kampanye dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: importing products is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.importing_products</comment>
        <translation>Disusun di kantor pusat: mengimpor produk dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: publishing the loyalty program is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.publishing_the_loyalty_program</comment>
        <translation>Disusun di kantor pusat: menerbitkan program loyalitas dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: removing product categories is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.removing_product_categories</comment>
        <translation>Disusun di kantor pusat: menghapus kategori produk dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Authored at head office: retiring rewards is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.retiring_rewards</comment>
        <translation>Disusun di kantor pusat: menghentikan hadiah dilakukan di kasir kantor pusat (Back office &gt; Program), dan sampai ke kasir ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>{path}: not a file</source>
        <comment>error.backup_passphrase_file_refused.not_a_file</comment>
        <translation>{path}: bukan file</translation>
    </message>
    <message>
        <source>{path}: other accounts can read or change it (mode {mode}): chmod 600 {path}</source>
        <comment>error.backup_passphrase_file_refused.shared</comment>
        <translation>{path}: akun lain dapat membaca atau mengubahnya (mode {mode}): chmod 600 {path}</translation>
    </message>
    <message>
        <source>{path} is off this machine (another disk or a network share), so the backup is sealed with a passphrase, and none was given: use --passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; the till&apos;s daily backup reads it from backup-passphrase (mode 0600) in the data folder.</source>
        <comment>error.backup_passphrase_needed</comment>
        <translation>{path} berada di luar komputer ini (disk lain atau folder jaringan), sehingga cadangan disegel dengan frasa sandi, dan tidak ada yang diberikan: gunakan --passphrase-file F (mode 0600), atur LOYALTY_POS_BACKUP_PASSPHRASE, atau ketik saat diminta; cadangan harian kasir membacanya dari backup-passphrase (mode 0600) di folder data.</translation>
    </message>
    <message>
        <source>{path} is off the machine (or marked off-site), so the backup is sealed with a passphrase, and none was given: use --passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; the till&apos;s daily backup reads it from backup-passphrase (mode 0600) in the data folder.</source>
        <comment>error.backup_passphrase_needed.daily</comment>
        <translation>{path} berada di luar komputer ini (atau ditandai di luar lokasi), sehingga cadangan disegel dengan frasa sandi, dan tidak ada yang diberikan: gunakan --passphrase-file F (mode 0600), atur LOYALTY_POS_BACKUP_PASSPHRASE, atau ketik saat diminta; cadangan harian kasir membacanya dari backup-passphrase (mode 0600) di folder data.</translation>
    </message>
    <message>
        <source>{path} is marked off-site, so the backup is sealed with a passphrase, and none was given: use --passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; the till&apos;s daily backup reads it from backup-passphrase (mode 0600) in the data folder.</source>
        <comment>error.backup_passphrase_needed.off_site</comment>
        <translation>{path} ditandai di luar lokasi, sehingga cadangan disegel dengan frasa sandi, dan tidak ada yang diberikan: gunakan --passphrase-file F (mode 0600), atur LOYALTY_POS_BACKUP_PASSPHRASE, atau ketik saat diminta; cadangan harian kasir membacanya dari backup-passphrase (mode 0600) di folder data.</translation>
    </message>
    <message>
        <source>{path}: the file is cut off</source>
        <comment>error.backup_unsealable.cut_off</comment>
        <translation>{path}: file terpotong</translation>
    </message>
    <message>
        <source>{path}: the file is damaged</source>
        <comment>error.backup_unsealable.damaged</comment>
        <translation>{path}: file rusak</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (nothing was restored)</source>
        <comment>error.backup_unsealable.damaged_not_restored</comment>
        <translation>{path}: file rusak (tidak ada yang dipulihkan)</translation>
    </message>
    <message>
        <source>{path}: the file is damaged or cut off</source>
        <comment>error.backup_unsealable.damaged_or_cut_off</comment>
        <translation>{path}: file rusak atau terpotong</translation>
    </message>
    <message>
        <source>{path}: the file has data after its end</source>
        <comment>error.backup_unsealable.data_after_end</comment>
        <translation>{path}: file berisi data setelah akhirnya</translation>
    </message>
    <message>
        <source>{path}: an empty passphrase seals nothing</source>
        <comment>error.backup_unsealable.empty_passphrase</comment>
        <translation>{path}: frasa sandi kosong tidak menyegel apa pun</translation>
    </message>
    <message>
        <source>{path}: not a sealed loyalty-pos backup</source>
        <comment>error.backup_unsealable.not_sealed</comment>
        <translation>{path}: bukan cadangan loyalty-pos yang disegel</translation>
    </message>
    <message>
        <source>{path}: wrong passphrase (nothing was restored)</source>
        <comment>error.backup_unsealable.wrong_passphrase</comment>
        <translation>{path}: frasa sandi salah (tidak ada yang dipulihkan)</translation>
    </message>
    <message>
        <source>{what} is from 0 to {maximum:,} minor units, not {minor:,}</source>
        <comment>error.bad_amount.range</comment>
        <translation>{what} antara 0 sampai {maximum:,} satuan terkecil, bukan {minor:,}</translation>
    </message>
    <message>
        <source>An approval names the sale, return or member.</source>
        <comment>error.bad_approval_subject</comment>
        <translation>Persetujuan menyebut penjualan, retur, atau anggota.</translation>
    </message>
    <message>
        <source>The till locks after 1 to 60 minutes idle, or 0 for never</source>
        <comment>error.bad_auto_lock_minutes</comment>
        <translation>Kasir terkunci setelah 1 sampai 60 menit tidak dipakai, atau 0 untuk tidak pernah</translation>
    </message>
    <message>
        <source>The backup folder is a full path (from / or a drive)</source>
        <comment>error.bad_backup_dir</comment>
        <translation>Folder cadangan adalah path lengkap (dari / atau drive)</translation>
    </message>
    <message>
        <source>Backups are kept 1 to 3650 days</source>
        <comment>error.bad_backup_keep_days</comment>
        <translation>Cadangan disimpan 1 sampai 3650 hari</translation>
    </message>
    <message>
        <source>The backup folder is off-site (yes) or not (no)</source>
        <comment>error.bad_backup_off_site</comment>
        <translation>Folder cadangan berada di luar lokasi (yes) atau tidak (no)</translation>
    </message>
    <message>
        <source>A badge needs a name</source>
        <comment>error.bad_badge</comment>
        <translation>Lencana perlu nama</translation>
    </message>
    <message>
        <source>Badge {name!r} needs a threshold from 1 to {limit}</source>
        <comment>error.bad_badge.threshold</comment>
        <translation>Lencana {name!r} perlu ambang 1 sampai {limit}</translation>
    </message>
    <message>
        <source>Base rate must be &gt;= 0 points per &gt; 0 amount</source>
        <comment>error.bad_base_rate</comment>
        <translation>Tarif dasar harus &gt;= 0 poin per jumlah &gt; 0</translation>
    </message>
    <message>
        <source>Birthday is not a plausible date</source>
        <comment>error.bad_birthday</comment>
        <translation>Tanggal lahir tidak masuk akal</translation>
    </message>
    <message>
        <source>Campaign {name!r} ends before it starts</source>
        <comment>error.bad_campaign</comment>
        <translation>Kampanye {name!r} berakhir sebelum dimulai</translation>
    </message>
    <message>
        <source>An action campaign needs an action</source>
        <comment>error.bad_campaign.action</comment>
        <translation>Kampanye aksi memerlukan aksi</translation>
    </message>
    <message>
        <source>A bonus campaign needs bonus points above 0</source>
        <comment>error.bad_campaign.bonus</comment>
        <translation>Kampanye bonus memerlukan poin bonus di atas 0</translation>
    </message>
    <message>
        <source>A campaign holds out 0 to {most} % of members</source>
        <comment>error.bad_campaign.holdout</comment>
        <translation>Sebuah kampanye menyisihkan 0 sampai {most} % anggota</translation>
    </message>
    <message>
        <source>Campaign {name!r}: the hours start before they end, within one day</source>
        <comment>error.bad_campaign.hours</comment>
        <translation>Kampanye {name!r}: jam mulai sebelum berakhir, dalam satu hari</translation>
    </message>
    <message>
        <source>Campaign {name!r} needs {problem}</source>
        <comment>error.bad_campaign.limits</comment>
        <translation>Kampanye {name!r} memerlukan {problem}</translation>
    </message>
    <message>
        <source>A multiplier campaign needs more than 100 %</source>
        <comment>error.bad_campaign.multiplier</comment>
        <translation>Kampanye pengali memerlukan lebih dari 100 %</translation>
    </message>
    <message>
        <source>Campaign {name!r} needs names in other languages with {problem}</source>
        <comment>error.bad_campaign.names</comment>
        <translation>Kampanye {name!r} memerlukan nama dalam bahasa lain dengan {problem}</translation>
    </message>
    <message>
        <source>Instant-win odds must be 1 in 2 or rarer</source>
        <comment>error.bad_campaign.odds</comment>
        <translation>Peluang menang instan harus 1 banding 2 atau lebih jarang</translation>
    </message>
    <message>
        <source>Campaign {name!r}: a tier&apos;s factor cannot be negative</source>
        <comment>error.bad_campaign.tier_factor</comment>
        <translation>Kampanye {name!r}: faktor tingkat tidak boleh negatif</translation>
    </message>
    <message>
        <source>Campaign {name!r}: weekdays are 1 (Monday) to 7 (Sunday)</source>
        <comment>error.bad_campaign.weekdays</comment>
        <translation>Kampanye {name!r}: hari adalah 1 (Senin) sampai 7 (Minggu)</translation>
    </message>
    <message>
        <source>Daily cap cannot be negative</source>
        <comment>error.bad_cap</comment>
        <translation>Batas harian tidak boleh negatif</translation>
    </message>
    <message>
        <source>Print between 1 and {max_cards_per_run:,} cards at a time, not {count:,}</source>
        <comment>error.bad_card_count</comment>
        <translation>Cetak antara 1 dan {max_cards_per_run:,} kartu sekaligus, bukan {count:,}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted ({url}): {reason}</source>
        <comment>error.bad_certificate</comment>
        <translation>Sertifikat server tidak diterima ({url}): {reason}</translation>
    </message>
    <message>
        <source>A challenge needs a name</source>
        <comment>error.bad_challenge</comment>
        <translation>Tantangan perlu nama</translation>
    </message>
    <message>
        <source>Challenge {name!r} needs bonus points above 0</source>
        <comment>error.bad_challenge.bonus</comment>
        <translation>Tantangan {name!r} perlu poin bonus di atas 0</translation>
    </message>
    <message>
        <source>A streak counts weeks or months in a row</source>
        <comment>error.bad_challenge.streak</comment>
        <translation>Rangkaian menghitung minggu atau bulan berturut-turut</translation>
    </message>
    <message>
        <source>Challenge {name!r} needs a target from 1 to {limit}</source>
        <comment>error.bad_challenge.target</comment>
        <translation>Tantangan {name!r} perlu sasaran 1 sampai {limit}</translation>
    </message>
    <message>
        <source>A charity needs a name</source>
        <comment>error.bad_charity</comment>
        <translation>Badan amal memerlukan nama</translation>
    </message>
    <message>
        <source>A charity&apos;s rate is money above 0 for points above 0</source>
        <comment>error.bad_charity_rate</comment>
        <translation>Tarif badan amal adalah uang di atas 0 untuk poin di atas 0</translation>
    </message>
    <message>
        <source>{value!r} is not a country the till knows</source>
        <comment>error.bad_country</comment>
        <translation>{value!r} bukan negara yang dikenal kasir</translation>
    </message>
    <message>
        <source>{new!r} is not a currency the till knows</source>
        <comment>error.bad_currency</comment>
        <translation>{new!r} bukan mata uang yang dikenal kasir</translation>
    </message>
    <message>
        <source>{currency!r} is not a currency the till knows</source>
        <comment>error.bad_currency.parsing</comment>
        <translation>{currency!r} bukan mata uang yang dikenal kasir</translation>
    </message>
    <message>
        <source>This page cursor belongs to another list; start again</source>
        <comment>error.bad_cursor</comment>
        <translation>Kursor halaman ini milik daftar lain; mulai lagi</translation>
    </message>
    <message>
        <source>The customer display is either on or off</source>
        <comment>error.bad_customer_display</comment>
        <translation>Layar pelanggan menyala atau mati</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <comment>error.bad_date_range</comment>
        <translation>Hari pertama setelah hari terakhir.</translation>
    </message>
    <message>
        <source>A discount must be between 0 and the line total</source>
        <comment>error.bad_discount</comment>
        <translation>Diskon harus antara 0 dan total baris</translation>
    </message>
    <message>
        <source>A display name is at most {limit} characters.</source>
        <comment>error.bad_display_name</comment>
        <translation>Nama tampilan maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>A screen&apos;s name is at most 200 characters</source>
        <comment>error.bad_display_screen</comment>
        <translation>Nama layar paling banyak 200 karakter</translation>
    </message>
    <message>
        <source>The till&apos;s theme is normal or high_contrast</source>
        <comment>error.bad_display_theme</comment>
        <translation>Tema kasir adalah normal atau high_contrast</translation>
    </message>
    <message>
        <source>Early access needs a product and a tier</source>
        <comment>error.bad_early_access</comment>
        <translation>Akses awal memerlukan produk dan tingkat</translation>
    </message>
    <message>
        <source>{text!r} is not an email address</source>
        <comment>error.bad_email</comment>
        <translation>{text!r} bukan alamat email</translation>
    </message>
    <message>
        <source>Export as {formats}, not {fmt!r}</source>
        <comment>error.bad_format</comment>
        <translation>Ekspor sebagai {formats}, bukan {fmt!r}</translation>
    </message>
    <message>
        <source>A gift card amount is above 0</source>
        <comment>error.bad_gift_card_amount</comment>
        <translation>Jumlah kartu hadiah harus di atas 0</translation>
    </message>
    <message>
        <source>The offline gift card cap cannot be negative</source>
        <comment>error.bad_gift_card_cap</comment>
        <translation>Batas kartu hadiah offline tidak boleh negatif</translation>
    </message>
    <message>
        <source>The most put on a card at once is above 0 and at most {maximum:,} minor units</source>
        <comment>error.bad_gift_card_max</comment>
        <translation>Jumlah terbanyak yang diisikan ke kartu sekaligus di atas 0 dan paling banyak {maximum:,} satuan terkecil</translation>
    </message>
    <message>
        <source>A gift card number is GC and 10 digits, with a correct last digit</source>
        <comment>error.bad_gift_card_number</comment>
        <translation>Nomor kartu hadiah adalah GC dan 10 digit, dengan digit terakhir yang benar</translation>
    </message>
    <message>
        <source>A gift card serial is 1 to 999,999,999</source>
        <comment>error.bad_gift_card_serial</comment>
        <translation>Nomor seri kartu hadiah adalah 1 sampai 999.999.999</translation>
    </message>
    <message>
        <source>Grace after the review is 0 to 365 days</source>
        <comment>error.bad_grace</comment>
        <translation>Masa tenggang setelah tinjauan 0 sampai 365 hari</translation>
    </message>
    <message>
        <source>Import mode must be one of {modes}</source>
        <comment>error.bad_import_mode</comment>
        <translation>Mode impor harus salah satu dari {modes}</translation>
    </message>
    <message>
        <source>{value!r} is not a language the till knows</source>
        <comment>error.bad_language</comment>
        <translation>{value!r} bukan bahasa yang dikenal kasir</translation>
    </message>
    <message>
        <source>A points limit cannot be negative</source>
        <comment>error.bad_limit</comment>
        <translation>Batas poin tidak boleh negatif</translation>
    </message>
    <message>
        <source>The logo must be a PNG picture.</source>
        <comment>error.bad_logo</comment>
        <translation>Logo harus berupa gambar PNG.</translation>
    </message>
    <message>
        <source>The logo is not a stored picture</source>
        <comment>error.bad_logo.not_stored</comment>
        <translation>Logo bukan gambar yang tersimpan</translation>
    </message>
    <message>
        <source>The logo is over 512 KB even scaled; choose a simpler picture.</source>
        <comment>error.bad_logo.too_large</comment>
        <translation>Logo lebih dari 512 KB meski sudah diperkecil; pilih gambar yang lebih sederhana.</translation>
    </message>
    <message>
        <source>{language!r} is not a language the till knows</source>
        <comment>error.bad_member_language</comment>
        <translation>{language!r} bukan bahasa yang dikenal kasir ini</translation>
    </message>
    <message>
        <source>A member price needs an id and a name</source>
        <comment>error.bad_member_price.id</comment>
        <translation>Harga anggota memerlukan id dan nama</translation>
    </message>
    <message>
        <source>Member price {name!r} needs either a price or a percent off</source>
        <comment>error.bad_member_price.kind</comment>
        <translation>Harga anggota {name!r} memerlukan harga atau persen diskon</translation>
    </message>
    <message>
        <source>Member price {name!r}: a percent from 1 to 100</source>
        <comment>error.bad_member_price.percent</comment>
        <translation>Harga anggota {name!r}: persen dari 1 sampai 100</translation>
    </message>
    <message>
        <source>Member price {name!r}: a price of 0 or more, on a product</source>
        <comment>error.bad_member_price.price</comment>
        <translation>Harga anggota {name!r}: harga 0 atau lebih, pada produk</translation>
    </message>
    <message>
        <source>Member price {name!r} needs either a product or a category</source>
        <comment>error.bad_member_price.scope</comment>
        <translation>Harga anggota {name!r} memerlukan produk atau kategori</translation>
    </message>
    <message>
        <source>Minimum basket cannot be negative</source>
        <comment>error.bad_minimum</comment>
        <translation>Minimum belanjaan tidak boleh negatif</translation>
    </message>
    <message>
        <source>Multiplier for {name} is negative</source>
        <comment>error.bad_multiplier</comment>
        <translation>Pengali untuk {name} negatif</translation>
    </message>
    <message>
        <source>The till counts as offline after 1 to 10080 minutes without a sync</source>
        <comment>error.bad_offline_after_minutes</comment>
        <translation>Kasir dianggap offline setelah 1 sampai 10080 menit tanpa sinkronisasi</translation>
    </message>
    <message>
        <source>The offline cap is a number of points, or empty for the program&apos;s</source>
        <comment>error.bad_offline_cap</comment>
        <translation>Batas offline adalah jumlah poin, atau kosong untuk batas program</translation>
    </message>
    <message>
        <source>A page holds at least 1 row</source>
        <comment>error.bad_page_size</comment>
        <translation>Satu halaman memuat minimal 1 baris</translation>
    </message>
    <message>
        <source>A paid membership needs a name</source>
        <comment>error.bad_paid_tier</comment>
        <translation>Keanggotaan berbayar perlu nama</translation>
    </message>
    <message>
        <source>Paid membership {name!r} needs a fee above 0</source>
        <comment>error.bad_paid_tier.fee</comment>
        <translation>Keanggotaan berbayar {name!r} perlu biaya di atas 0</translation>
    </message>
    <message>
        <source>Paid membership {name!r} lasts 1 to {limit} months</source>
        <comment>error.bad_paid_tier.months</comment>
        <translation>Keanggotaan berbayar {name!r} berlaku 1 sampai {limit} bulan</translation>
    </message>
    <message>
        <source>Paper must be A4 or Letter, not {paper!r}</source>
        <comment>error.bad_paper</comment>
        <translation>Kertas harus A4 atau Letter, bukan {paper!r}</translation>
    </message>
    <message>
        <source>Cards print on A4 or Letter</source>
        <comment>error.bad_paper.cards</comment>
        <translation>Kartu dicetak pada A4 atau Letter</translation>
    </message>
    <message>
        <source>Line {line}: a code is up to {limit} printable characters</source>
        <comment>error.bad_partner_code</comment>
        <translation>Baris {line}: kode paling banyak {limit} karakter yang dapat dicetak</translation>
    </message>
    <message>
        <source>An unusual pattern needs a threshold of 2 or more</source>
        <comment>error.bad_pattern_threshold</comment>
        <translation>Pola tidak biasa perlu ambang 2 atau lebih</translation>
    </message>
    <message>
        <source>The pattern window is from 1 minute to 24 hours</source>
        <comment>error.bad_pattern_window</comment>
        <translation>Rentang waktu pola antara 1 menit dan 24 jam</translation>
    </message>
    <message>
        <source>{text!r} is not a percentage like 25 or 12.5</source>
        <comment>error.bad_percent</comment>
        <translation>{text!r} bukan persentase seperti 25 atau 12.5</translation>
    </message>
    <message>
        <source>{text} % is more than {maximum} %</source>
        <comment>error.bad_percent.too_high</comment>
        <translation>{text} % lebih dari {maximum} %</translation>
    </message>
    <message>
        <source>{text!r} is not a phone number</source>
        <comment>error.bad_phone</comment>
        <translation>{text!r} bukan nomor telepon</translation>
    </message>
    <message>
        <source>{text!r} is not a phone number in {region}</source>
        <comment>error.bad_phone.region</comment>
        <translation>{text!r} bukan nomor telepon di {region}</translation>
    </message>
    <message>
        <source>Ask for {low} to {high} digits of the phone</source>
        <comment>error.bad_phone_digits</comment>
        <translation>Tanyakan {low} sampai {high} digit telepon</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <comment>error.bad_pin</comment>
        <translation>PIN terdiri dari 4 sampai 12 angka.</translation>
    </message>
    <message>
        <source>Points are whole numbers, not {points!r}</source>
        <comment>error.bad_points</comment>
        <translation>Poin adalah bilangan bulat, bukan {points!r}</translation>
    </message>
    <message>
        <source>A card prefix is 1 to 6 digits</source>
        <comment>error.bad_prefix</comment>
        <translation>Awalan kartu 1 sampai 6 digit</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <comment>error.bad_price</comment>
        <translation>Harga tidak boleh negatif</translation>
    </message>
    <message>
        <source>Line {line}: return at least 1, not {quantity}</source>
        <comment>error.bad_quantity</comment>
        <translation>Baris {line}: retur minimal 1, bukan {quantity}</translation>
    </message>
    <message>
        <source>{what} is a whole number, not {quantity!r}</source>
        <comment>error.bad_quantity.not_whole</comment>
        <translation>{what} adalah bilangan bulat, bukan {quantity!r}</translation>
    </message>
    <message>
        <source>Put back at least 1</source>
        <comment>error.bad_quantity.put_back</comment>
        <translation>Kembalikan minimal 1</translation>
    </message>
    <message>
        <source>{what} is from 1 to {max_quantity}, not {quantity}</source>
        <comment>error.bad_quantity.range</comment>
        <translation>{what} antara 1 sampai {max_quantity}, bukan {quantity}</translation>
    </message>
    <message>
        <source>Take at least 1 from stock</source>
        <comment>error.bad_quantity.take</comment>
        <translation>Ambil minimal 1 dari stok</translation>
    </message>
    <message>
        <source>The receipt footer: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_footer</comment>
        <translation>Kaki struk: paling banyak {lines} baris berisi {characters} karakter</translation>
    </message>
    <message>
        <source>A translated receipt footer: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_footer.translated</comment>
        <translation>Kaki struk terjemahan: paling banyak {lines} baris berisi {characters} karakter</translation>
    </message>
    <message>
        <source>The receipt header: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_header</comment>
        <translation>Kepala struk: paling banyak {lines} baris berisi {characters} karakter</translation>
    </message>
    <message>
        <source>A translated receipt header: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_header.translated</comment>
        <translation>Kepala struk terjemahan: paling banyak {lines} baris berisi {characters} karakter</translation>
    </message>
    <message>
        <source>{text!r} is not a receipt printer: {why}. Examples: {examples}</source>
        <comment>error.bad_receipt_printer</comment>
        <translation>{text!r} bukan printer struk: {why}. Contoh: {examples}</translation>
    </message>
    <message>
        <source>A receipt sequence number is between 1 and {maximum}, not {seq}</source>
        <comment>error.bad_receipt_sequence</comment>
        <translation>Nomor urut struk antara 1 dan {maximum}, bukan {seq}</translation>
    </message>
    <message>
        <source>A recovery code is {groups} groups of {group_length} letters and digits, as printed when the shop was set up.</source>
        <comment>error.bad_recovery_code</comment>
        <translation>Kode pemulihan terdiri dari {groups} kelompok berisi {group_length} huruf dan angka, seperti dicetak saat toko disiapkan.</translation>
    </message>
    <message>
        <source>Tier review date {review_month}/{review_day} is not a date</source>
        <comment>error.bad_review_date</comment>
        <translation>Tanggal tinjauan tingkat {review_month}/{review_day} bukan tanggal</translation>
    </message>
    <message>
        <source>The scanner&apos;s key gap is 5 to 500 ms</source>
        <comment>error.bad_scanner_max_gap_ms</comment>
        <translation>Jeda tombol pemindai 5 sampai 500 ms</translation>
    </message>
    <message>
        <source>The shortest scan is 3 to 64 characters</source>
        <comment>error.bad_scanner_min_length</comment>
        <translation>Pindaian terpendek 3 sampai 64 karakter</translation>
    </message>
    <message>
        <source>Search for text</source>
        <comment>error.bad_search</comment>
        <translation>Cari teks</translation>
    </message>
    <message>
        <source>The search holds an invisible control character: clear it and type it again</source>
        <comment>error.bad_search.control_character</comment>
        <translation>Pencarian berisi karakter kontrol tak terlihat: hapus dan ketik ulang</translation>
    </message>
    <message>
        <source>Search for at most {max_search_chars} characters</source>
        <comment>error.bad_search.too_long</comment>
        <translation>Cari paling banyak {max_search_chars} karakter</translation>
    </message>
    <message>
        <source>Segment {name!r} is missing what its kind needs</source>
        <comment>error.bad_segment</comment>
        <translation>Segmen {name!r} belum lengkap untuk jenisnya</translation>
    </message>
    <message>
        <source>The till syncs every 5 to 3600 seconds</source>
        <comment>error.bad_sync_every_seconds</comment>
        <translation>Kasir menyinkronkan setiap 5 sampai 3600 detik</translation>
    </message>
    <message>
        <source>Prices either include tax (yes) or not (no)</source>
        <comment>error.bad_tax_mode</comment>
        <translation>Harga termasuk pajak (yes) atau tidak (no)</translation>
    </message>
    <message>
        <source>Tax rate must be 0-100 %</source>
        <comment>error.bad_tax_rate</comment>
        <translation>Tarif pajak harus 0-100 %</translation>
    </message>
    <message>
        <source>Tender must be one of {known}</source>
        <comment>error.bad_tender</comment>
        <translation>Cara bayar harus salah satu dari {known}</translation>
    </message>
    <message>
        <source>A terminal id has 1-8 letters or digits, not {terminal_id!r}</source>
        <comment>error.bad_terminal_id</comment>
        <translation>Id terminal berisi 1-8 huruf atau angka, bukan {terminal_id!r}</translation>
    </message>
    <message>
        <source>The text size is 100, 125 or 150 %</source>
        <comment>error.bad_text_size</comment>
        <translation>Ukuran teks 100, 125, atau 150 %</translation>
    </message>
    <message>
        <source>The translations map languages to texts</source>
        <comment>error.bad_text_variants</comment>
        <translation>Terjemahan memetakan bahasa ke teks</translation>
    </message>
    <message>
        <source>{language!r} is not a language the till knows</source>
        <comment>error.bad_text_variants.language</comment>
        <translation>{language!r} bukan bahasa yang dikenal kasir</translation>
    </message>
    <message>
        <source>The translations are not a JSON map</source>
        <comment>error.bad_text_variants.not_json</comment>
        <translation>Terjemahan bukan peta JSON</translation>
    </message>
    <message>
        <source>The approval threshold is an amount in minor units</source>
        <comment>error.bad_threshold</comment>
        <translation>Ambang persetujuan adalah jumlah dalam satuan terkecil</translation>
    </message>
    <message>
        <source>Tier {tier}: negative value</source>
        <comment>error.bad_tier</comment>
        <translation>Tingkat {tier}: nilai negatif</translation>
    </message>
    <message>
        <source>Tier code {tier!r}: use lower case letters without spaces</source>
        <comment>error.bad_tier_code</comment>
        <translation>Kode tingkat {tier!r}: gunakan huruf kecil tanpa spasi</translation>
    </message>
    <message>
        <source>Tiers need strictly rising thresholds starting at 0</source>
        <comment>error.bad_tier_order</comment>
        <translation>Tingkat memerlukan ambang yang terus naik mulai dari 0</translation>
    </message>
    <message>
        <source>{value!r} is not a language the till knows</source>
        <comment>error.bad_till_language</comment>
        <translation>{value!r} bukan bahasa yang dikenal kasir</translation>
    </message>
    <message>
        <source>The till either rings up baskets or records amounts</source>
        <comment>error.bad_till_mode</comment>
        <translation>Kasir mencatat belanjaan atau mencatat jumlah</translation>
    </message>
    <message>
        <source>{value!r} is not a time zone</source>
        <comment>error.bad_timezone</comment>
        <translation>{value!r} bukan zona waktu</translation>
    </message>
    <message>
        <source>A user name is 1 to {max_username} letters, digits, dots or underscores.</source>
        <comment>error.bad_username</comment>
        <translation>Nama pengguna berisi 1 sampai {max_username} huruf, angka, titik, atau garis bawah.</translation>
    </message>
    <message>
        <source>Volume rule {name!r} needs a percent off (1 to 100) or bonus points</source>
        <comment>error.bad_volume_rule.effect</comment>
        <translation>Aturan volume {name!r} memerlukan persen diskon (1 sampai 100) atau poin bonus</translation>
    </message>
    <message>
        <source>A volume rule needs an id and a name</source>
        <comment>error.bad_volume_rule.id</comment>
        <translation>Aturan volume memerlukan id dan nama</translation>
    </message>
    <message>
        <source>Volume rule {name!r}: a product or a category, not both</source>
        <comment>error.bad_volume_rule.scope</comment>
        <translation>Aturan volume {name!r}: produk atau kategori, bukan keduanya</translation>
    </message>
    <message>
        <source>Volume rule {name!r} needs either a minimum quantity or a minimum basket value</source>
        <comment>error.bad_volume_rule.threshold</comment>
        <translation>Aturan volume {name!r} memerlukan jumlah minimum atau nilai belanjaan minimum</translation>
    </message>
    <message>
        <source>The qualifying window is 1 to 36 months</source>
        <comment>error.bad_window</comment>
        <translation>Periode kualifikasi 1 sampai 36 bulan</translation>
    </message>
    <message>
        <source>Simulate 1 to {max_days} days, not {days}</source>
        <comment>error.bad_window.simulation</comment>
        <translation>Simulasikan 1 sampai {max_days} hari, bukan {days}</translation>
    </message>
    <message>
        <source>Retention is 1 to {max_retention_years} years, not {years}</source>
        <comment>error.bad_years</comment>
        <translation>Masa simpan 1 sampai {max_retention_years} tahun, bukan {years}</translation>
    </message>
    <message>
        <source>A member&apos;s balance stays within {max_balance:,} points; this would make it {balance:,}</source>
        <comment>error.balance_too_large</comment>
        <translation>Saldo anggota tetap dalam batas {max_balance:,} poin; ini akan menjadikannya {balance:,}</translation>
    </message>
    <message>
        <source>Barcode {barcode} is on {name}</source>
        <comment>error.barcode_in_use</comment>
        <translation>Barcode {barcode} ada pada {name}</translation>
    </message>
    <message>
        <source>A Code 128 barcode takes 1-{max_code128_text} printable ASCII characters, not {text!r}</source>
        <comment>error.barcode_text_invalid</comment>
        <translation>Barcode Code 128 berisi 1-{max_code128_text} karakter ASCII yang dapat dicetak, bukan {text!r}</translation>
    </message>
    <message>
        <source>{name} has already ended</source>
        <comment>error.campaign_over</comment>
        <translation>{name} sudah berakhir</translation>
    </message>
    <message>
        <source>Campaign {key} was not found.</source>
        <comment>error.campaign_unknown</comment>
        <translation>Kampanye {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <comment>error.cannot_deactivate_self</comment>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>Card refused: the check digit is wrong (mistyped?).</source>
        <comment>error.card_bad_check_digit</comment>
        <translation>Kartu ditolak: digit pemeriksa salah (salah ketik?).</translation>
    </message>
    <message>
        <source>Card refused: {text!r}: the check digit is wrong (mistyped?).</source>
        <comment>error.card_bad_check_digit.typed</comment>
        <translation>Kartu ditolak: {text!r}: digit pemeriksa salah (salah ketik?).</translation>
    </message>
    <message>
        <source>Card refused: a card number has {length} digits, this has {found}.</source>
        <comment>error.card_bad_length</comment>
        <translation>Kartu ditolak: nomor kartu terdiri dari {length} angka, yang ini {found}.</translation>
    </message>
    <message>
        <source>Card refused: {text!r}: a card number has {length} digits, this has {found}.</source>
        <comment>error.card_bad_length.typed</comment>
        <translation>Kartu ditolak: {text!r}: nomor kartu terdiri dari {length} angka, yang ini {found}.</translation>
    </message>
    <message>
        <source>Card refused: this card is blocked.</source>
        <comment>error.card_blocked</comment>
        <translation>Kartu ditolak: kartu ini diblokir.</translation>
    </message>
    <message>
        <source>Card refused: card {card} is blocked.</source>
        <comment>error.card_blocked.printing</comment>
        <translation>Kartu ditolak: kartu {card} diblokir.</translation>
    </message>
    <message>
        <source>Card refused: this card already belongs to a member.</source>
        <comment>error.card_in_use</comment>
        <translation>Kartu ditolak: kartu ini sudah dimiliki seorang anggota.</translation>
    </message>
    <message>
        <source>{path}: {reason}.</source>
        <comment>error.card_key_file_refused</comment>
        <translation>{path}: {reason}.</translation>
    </message>
    <message>
        <source>{path}: already exists; choose a new file name.</source>
        <comment>error.card_key_file_refused.exists</comment>
        <translation>{path}: sudah ada; pilih nama file baru.</translation>
    </message>
    <message>
        <source>{path}: {size} bytes, not a card signing key ({key_bytes} bytes per key).</source>
        <comment>error.card_key_file_refused.not_a_key</comment>
        <translation>{path}: {size} byte, bukan kunci tanda tangan kartu ({key_bytes} byte per kunci).</translation>
    </message>
    <message>
        <source>{path}: not a regular file.</source>
        <comment>error.card_key_file_refused.not_regular_file</comment>
        <translation>{path}: bukan file biasa.</translation>
    </message>
    <message>
        <source>{path}: it holds the same key twice.</source>
        <comment>error.card_key_file_refused.same_key_twice</comment>
        <translation>{path}: berisi kunci yang sama dua kali.</translation>
    </message>
    <message>
        <source>{path}: {size:,} bytes, far too large for a card key file.</source>
        <comment>error.card_key_file_refused.too_large</comment>
        <translation>{path}: {size:,} byte, terlalu besar untuk file kunci kartu.</translation>
    </message>
    <message>
        <source>The card signing key {path} is {size} bytes, expected {expected} per key. Restore it from a backup (the .key file beside the backup); a new key would make every printed card&apos;s QR code invalid.</source>
        <comment>error.card_key_invalid</comment>
        <translation>Kunci tanda tangan kartu {path} berukuran {size} byte, seharusnya {expected} per kunci. Pulihkan dari cadangan (file .key di samping cadangan); kunci baru akan membuat kode QR setiap kartu yang sudah dicetak tidak berlaku.</translation>
    </message>
    <message>
        <source>Head office&apos;s card signing key ring cannot be used: the ring changed while it was being taken. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.head_office</comment>
        <translation>Ring kunci penanda tangan kartu kantor pusat tidak dapat dipakai: ring berubah saat sedang diambil. Kembalikan file kunci yang benar: pulihkan dari cadangan (file .key di samping file cadangan), atau jalankan &apos;loyalty-pos cards key import FILE&apos; dengan file kunci toko ini.</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the key file to import does not mend it: {problem}. Use the .key file of one of this shop&apos;s backups.</source>
        <comment>error.card_key_mismatch.import_does_not_mend</comment>
        <translation>Kunci tanda tangan kartu {path} tidak dapat digunakan: file kunci yang diimpor tidak memperbaikinya: {problem}. Gunakan file .key dari salah satu cadangan toko ini.</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the file is missing; this shop&apos;s key is {recorded}. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.missing</comment>
        <translation>Kunci penanda tangan kartu {path} tidak dapat dipakai: file itu tidak ada; kunci toko ini adalah {recorded}. Kembalikan file kunci yang benar: pulihkan dari cadangan (file .key di samping file cadangan), atau jalankan &apos;loyalty-pos cards key import FILE&apos; dengan file kunci toko ini.</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the file is missing and the shop has no card key on record. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.missing_none_recorded</comment>
        <translation>Kunci penanda tangan kartu {path} tidak dapat dipakai: file itu tidak ada dan toko tidak punya kunci kartu yang tercatat. Kembalikan file kunci yang benar: pulihkan dari cadangan (file .key di samping file cadangan), atau jalankan &apos;loyalty-pos cards key import FILE&apos; dengan file kunci toko ini.</translation>
    </message>
    <message>
        <source>The new shop&apos;s card signing key cannot be used: this shop already has a card key on record. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.new_shop</comment>
        <translation>Kunci penanda tangan kartu toko baru tidak dapat dipakai: toko ini sudah punya kunci kartu yang tercatat. Kembalikan file kunci yang benar: pulihkan dari cadangan (file .key di samping file cadangan), atau jalankan &apos;loyalty-pos cards key import FILE&apos; dengan file kunci toko ini.</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the file holds the key {present}, but this shop&apos;s key is {recorded}. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.other_key</comment>
        <translation>Kunci penanda tangan kartu {path} tidak dapat dipakai: file itu berisi kunci {present}, tetapi kunci toko ini adalah {recorded}. Kembalikan file kunci yang benar: pulihkan dari cadangan (file .key di samping file cadangan), atau jalankan &apos;loyalty-pos cards key import FILE&apos; dengan file kunci toko ini.</translation>
    </message>
    <message>
        <source>The card signing key cannot be rotated: the ring changed while it was being rotated. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.rotation</comment>
        <translation>Kunci penanda tangan kartu tidak dapat diganti: ring berubah saat sedang diganti. Kembalikan file kunci yang benar: pulihkan dari cadangan (file .key di samping file cadangan), atau jalankan &apos;loyalty-pos cards key import FILE&apos; dengan file kunci toko ini.</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the shop has no card key on record (there was no key file when it was upgraded), so this file&apos;s key {present} cannot be trusted. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.untrusted</comment>
        <translation>Kunci penanda tangan kartu {path} tidak dapat dipakai: toko tidak punya kunci kartu yang tercatat (tidak ada file kunci saat ditingkatkan), jadi kunci {present} di file ini tidak dapat dipercaya. Kembalikan file kunci yang benar: pulihkan dari cadangan (file .key di samping file cadangan), atau jalankan &apos;loyalty-pos cards key import FILE&apos; dengan file kunci toko ini.</translation>
    </message>
    <message>
        <source>The card signing key {path} is missing, so printed cards&apos; QR codes cannot be checked. Restore it from a backup (the .key file beside the backup) or with &apos;loyalty-pos cards key import FILE&apos;; a new key would make every printed card&apos;s QR code invalid.</source>
        <comment>error.card_key_missing</comment>
        <translation>Kunci tanda tangan kartu {path} tidak ada, sehingga kode QR kartu yang sudah dicetak tidak dapat diperiksa. Pulihkan dari cadangan (file .key di samping cadangan) atau dengan &apos;loyalty-pos cards key import FILE&apos;; kunci baru akan membuat kode QR setiap kartu yang sudah dicetak tidak berlaku.</translation>
    </message>
    <message>
        <source>Every key in the file is already in this till&apos;s ring (current {current}); nothing changed</source>
        <comment>error.card_keys_known</comment>
        <translation>Setiap kunci dalam file sudah ada di ring kasir ini (saat ini {current}); tidak ada yang berubah</translation>
    </message>
    <message>
        <source>Card refused: a card number has digits only.</source>
        <comment>error.card_not_numeric</comment>
        <translation>Kartu ditolak: nomor kartu hanya berisi angka.</translation>
    </message>
    <message>
        <source>Card refused: {text!r}: a card number has digits only.</source>
        <comment>error.card_not_numeric.typed</comment>
        <translation>Kartu ditolak: {text!r}: nomor kartu hanya berisi angka.</translation>
    </message>
    <message>
        <source>Card number {card_number!r} must be 16 digits without spaces</source>
        <comment>error.card_number_not_normalised</comment>
        <translation>Nomor kartu {card_number!r} harus 16 digit tanpa spasi</translation>
    </message>
    <message>
        <source>Could not find enough free card numbers</source>
        <comment>error.card_numbers_exhausted</comment>
        <translation>Tidak dapat menemukan cukup nomor kartu yang kosong</translation>
    </message>
    <message>
        <source>Could not find a free card number</source>
        <comment>error.card_numbers_exhausted.one</comment>
        <translation>Tidak dapat menemukan nomor kartu yang kosong</translation>
    </message>
    <message>
        <source>Card printing was cancelled; no card was marked printed.</source>
        <comment>error.card_printing_cancelled</comment>
        <translation>Pencetakan kartu dibatalkan; tidak ada kartu yang ditandai sudah dicetak.</translation>
    </message>
    <message>
        <source>Card refused: {reason}.</source>
        <comment>error.card_refused</comment>
        <translation>Kartu ditolak: {reason}.</translation>
    </message>
    <message>
        <source>Card refused: this card was replaced by a newer card.</source>
        <comment>error.card_replaced</comment>
        <translation>Kartu ditolak: kartu ini sudah diganti dengan kartu yang lebih baru.</translation>
    </message>
    <message>
        <source>Card refused: card {card} was replaced by a newer card; print that one.</source>
        <comment>error.card_replaced.printing</comment>
        <translation>Kartu ditolak: kartu {card} sudah diganti dengan kartu yang lebih baru; cetak kartu itu.</translation>
    </message>
    <message>
        <source>Cannot write the card sheet {path}: {reason}.</source>
        <comment>error.card_sheet_unwritable</comment>
        <translation>Tidak dapat menulis lembar kartu {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write the card sheet {path}: it is a folder; give a file name such as cards.pdf.</source>
        <comment>error.card_sheet_unwritable.folder</comment>
        <translation>Tidak dapat menulis lembar kartu {path}: itu adalah folder; berikan nama file seperti cards.pdf.</translation>
    </message>
    <message>
        <source>Cannot write the card sheet {path}: the folder {folder} does not exist.</source>
        <comment>error.card_sheet_unwritable.no_folder</comment>
        <translation>Tidak dapat menulis lembar kartu {path}: folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>Card refused: no member has this card.</source>
        <comment>error.card_unknown</comment>
        <translation>Kartu ditolak: tidak ada anggota yang memiliki kartu ini.</translation>
    </message>
    <message>
        <source>Card refused: no member has card {card}.</source>
        <comment>error.card_unknown.printing</comment>
        <translation>Kartu ditolak: tidak ada anggota yang memiliki kartu {card}.</translation>
    </message>
    <message>
        <source>Category {name} already exists</source>
        <comment>error.category_exists</comment>
        <translation>Kategori {name} sudah ada</translation>
    </message>
    <message>
        <source>Category {name} is named by {uses} in the loyalty program</source>
        <comment>error.category_in_program</comment>
        <translation>Kategori {name} disebut oleh {uses} dalam program loyalitas</translation>
    </message>
    <message>
        <source>Category {name} still has {count} products; move them to another first</source>
        <comment>error.category_in_use</comment>
        <translation>Kategori {name} masih memiliki {count} produk; pindahkan dulu ke kategori lain</translation>
    </message>
    <message>
        <source>A category needs a name</source>
        <comment>error.category_name_required</comment>
        <translation>Kategori memerlukan nama</translation>
    </message>
    <message>
        <source>A category name has at most {max_name_length} characters</source>
        <comment>error.category_name_too_long</comment>
        <translation>Nama kategori paling banyak {max_name_length} karakter</translation>
    </message>
    <message>
        <source>Category {key} was not found.</source>
        <comment>error.category_unknown</comment>
        <translation>Kategori {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>{what} cannot be undone: add --yes to confirm it from a script</source>
        <comment>error.confirm_required</comment>
        <translation>{what} tidak dapat dibatalkan: tambahkan --yes untuk mengonfirmasi dari skrip</translation>
    </message>
    <message>
        <source>The member must consent to data processing to join the program</source>
        <comment>error.consent_required</comment>
        <translation>Anggota harus menyetujui pemrosesan data untuk bergabung dengan program</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({reason}); restore it from a backup with &apos;loyalty-pos restore&apos;.</source>
        <comment>error.corrupt_database</comment>
        <translation>Basis data {path} rusak ({reason}); pulihkan dari cadangan dengan &apos;loyalty-pos restore&apos;.</translation>
    </message>
    <message>
        <source>The country cannot change once the shop has made a sale</source>
        <comment>error.country_fixed</comment>
        <translation>Negara tidak dapat diubah setelah toko melakukan penjualan</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <comment>error.csv_unreadable</comment>
        <translation>Tidak dapat membuka {path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <comment>error.csv_unreadable.csv</comment>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <comment>error.csv_unreadable.not_utf8</comment>
        <translation>{path} bukan teks UTF-8</translation>
    </message>
    <message>
        <source>Cannot write {out_path}: {reason}</source>
        <comment>error.csv_unwritable</comment>
        <translation>Tidak dapat menulis {out_path}: {reason}</translation>
    </message>
    <message>
        <source>{new} has {exponent} decimals and {old} {old_exponent}: every price and threshold would change; set the shop up again in {new} instead</source>
        <comment>error.currency_decimals_differ</comment>
        <translation>{new} memiliki {exponent} desimal dan {old} {old_exponent}: setiap harga dan ambang batas akan berubah; siapkan ulang toko dalam {new}</translation>
    </message>
    <message>
        <source>The currency cannot change once the shop has made a sale</source>
        <comment>error.currency_fixed</comment>
        <translation>Mata uang tidak dapat diubah setelah toko melakukan penjualan</translation>
    </message>
    <message>
        <source>{product} is priced in {currency}</source>
        <comment>error.currency_mismatch</comment>
        <translation>Harga {product} dalam {currency}</translation>
    </message>
    <message>
        <source>The basket is in {basket}, the program in {program}</source>
        <comment>error.currency_mismatch.program</comment>
        <translation>Belanjaan dalam {basket}, program dalam {program}</translation>
    </message>
    <message>
        <source>{problem} The newest backup that passes check is {backup}; restore it with: loyalty-pos --data-dir {data_dir} restore {backup}</source>
        <comment>error.damaged_shop</comment>
        <translation>{problem} Cadangan terbaru yang lolos pemeriksaan (check) adalah {backup}; pulihkan dengan: loyalty-pos --data-dir {data_dir} restore {backup}</translation>
    </message>
    <message>
        <source>{problem} No backup that passes check was found in {folder}; if you keep copies elsewhere, restore one with: loyalty-pos --data-dir {data_dir} restore BACKUP</source>
        <comment>error.damaged_shop.no_backup</comment>
        <translation>{problem} Tidak ada cadangan yang lolos pemeriksaan (check) di {folder}; jika Anda menyimpan salinan di tempat lain, pulihkan salah satunya dengan: loyalty-pos --data-dir {data_dir} restore BACKUP</translation>
    </message>
    <message>
        <source>{holder} is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use</comment>
        <translation>{holder} sudah berjalan pada direktori data ini (pid {pid} di host {host}); tutup dulu</translation>
    </message>
    <message>
        <source>loyalty-pos demo is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.demo</comment>
        <translation>loyalty-pos demo sudah berjalan pada direktori data ini (pid {pid} di host {host}); tutup dulu</translation>
    </message>
    <message>
        <source>loyalty-pos restore is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.restore</comment>
        <translation>loyalty-pos restore sudah berjalan pada direktori data ini (pid {pid} di host {host}); tutup dulu</translation>
    </message>
    <message>
        <source>the till is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.till</comment>
        <translation>kasir sudah berjalan pada direktori data ini (pid {pid} di host {host}); tutup dulu</translation>
    </message>
    <message>
        <source>another loyalty-pos is already running on this data directory; close it first</source>
        <comment>error.data_dir_in_use.unknown</comment>
        <translation>loyalty-pos lain sudah berjalan pada direktori data ini; tutup dulu</translation>
    </message>
    <message>
        <source>a database upgrade is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.upgrade</comment>
        <translation>pembaruan basis data sedang berjalan pada direktori data ini (pid {pid} di host {host}); tutup dulu</translation>
    </message>
    <message>
        <source>Cannot use data directory {path}: {reason}.</source>
        <comment>error.data_dir_unusable</comment>
        <translation>Tidak dapat memakai direktori data {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot use data directory {path}: it is not writable.</source>
        <comment>error.data_dir_unusable.not_writable</comment>
        <translation>Tidak dapat memakai direktori data {path}: tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (file permissions, or a read-only view); nothing was saved.</source>
        <comment>error.database_read_only</comment>
        <translation>Basis data {path} tidak dapat ditulis (izin file, atau tampilan hanya-baca); tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>{path} was written by a newer loyalty-pos (schema {revision}); update this till first.</source>
        <comment>error.database_too_new</comment>
        <translation>{path} ditulis oleh loyalty-pos yang lebih baru (skema {revision}); perbarui kasir ini terlebih dahulu.</translation>
    </message>
    <message>
        <source>This till was disconnected from the chain (its token was revoked); register it again.</source>
        <comment>error.disconnected</comment>
        <translation>Kasir ini diputus dari jaringan (tokennya dicabut); daftarkan lagi.</translation>
    </message>
    <message>
        <source>A manual discount needs the manager role.</source>
        <comment>error.discount_needs_approval</comment>
        <translation>Diskon manual memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>The disk holding the database is full; nothing was saved. Free some space and try again.</source>
        <comment>error.disk_full</comment>
        <translation>Disk tempat basis data penuh; tidak ada yang disimpan. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database could not be written (a disk I/O error: the disk may be full or failing, or a file size limit was reached); nothing was saved. Free some space or check the disk, then try again.</source>
        <comment>error.disk_write_failed</comment>
        <translation>Basis data tidak dapat ditulis (galat I/O disk: disk mungkin penuh atau rusak, atau batas ukuran file tercapai); tidak ada yang disimpan. Kosongkan ruang atau periksa disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{points} points give {charity} nothing; give at least {least}</source>
        <comment>error.donation_too_small</comment>
        <translation>{points} poin tidak memberi apa pun kepada {charity}; berikan paling sedikit {least}</translation>
    </message>
    <message>
        <source>Two charities have the id {charity!r}</source>
        <comment>error.duplicate_charity</comment>
        <translation>Dua badan amal memiliki id {charity!r}</translation>
    </message>
    <message>
        <source>Two rows have the id {key}; rename one</source>
        <comment>error.duplicate_id</comment>
        <translation>Dua baris memakai id {key}; ganti nama salah satunya</translation>
    </message>
    <message>
        <source>Two price rules have the same id</source>
        <comment>error.duplicate_price_rule</comment>
        <translation>Dua aturan harga memiliki id yang sama</translation>
    </message>
    <message>
        <source>Tier codes must be unique</source>
        <comment>error.duplicate_tier</comment>
        <translation>Kode tingkat harus unik</translation>
    </message>
    <message>
        <source>{product} is only for {tier} members and up until {day}</source>
        <comment>error.early_access</comment>
        <translation>{product} hanya untuk anggota {tier} ke atas sampai {day}</translation>
    </message>
    <message>
        <source>Email {email} already belongs to a member</source>
        <comment>error.email_in_use</comment>
        <translation>Email {email} sudah dimiliki anggota</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <comment>error.empty_basket</comment>
        <translation>Keranjang kosong</translation>
    </message>
    <message>
        <source>The shop database {path} is empty (0 bytes); it is left as it is, never set up over. Restore a backup with &apos;loyalty-pos restore BACKUP&apos;, or move the file away to set up a new shop.</source>
        <comment>error.empty_database</comment>
        <translation>Basis data toko {path} kosong (0 byte); dibiarkan apa adanya, tidak pernah ditimpa penyiapan. Pulihkan cadangan dengan &apos;loyalty-pos restore BACKUP&apos;, atau pindahkan file itu untuk menyiapkan toko baru.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <comment>error.file_unreadable</comment>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>The bundled font {name} could not be loaded; reinstall loyalty-pos.</source>
        <comment>error.font_unusable</comment>
        <translation>Font bawaan {name} tidak dapat dimuat; pasang ulang loyalty-pos.</translation>
    </message>
    <message>
        <source>A gift card amount is at most {maximum:,} minor units</source>
        <comment>error.gift_card_amount_too_large</comment>
        <translation>Jumlah kartu hadiah paling banyak {maximum:,} satuan terkecil</translation>
    </message>
    <message>
        <source>Gift card {card} has {available} left; it cannot pay {wanted}.</source>
        <comment>error.gift_card_balance</comment>
        <translation>Kartu hadiah {card} bersisa {available}; tidak dapat membayar {wanted}.</translation>
    </message>
    <message>
        <source>Gift card {card} holds {currency}</source>
        <comment>error.gift_card_currency</comment>
        <translation>Kartu hadiah {card} berisi {currency}</translation>
    </message>
    <message>
        <source>Gift card {card} has nothing left to void</source>
        <comment>error.gift_card_empty</comment>
        <translation>Kartu hadiah {card} tidak bersisa untuk dibatalkan</translation>
    </message>
    <message>
        <source>Put from {low} to {high} on a gift card at once</source>
        <comment>error.gift_card_load</comment>
        <translation>Isikan {low} sampai {high} ke kartu hadiah sekaligus</translation>
    </message>
    <message>
        <source>This till has not reached the chain&apos;s server lately, so gift card {card} may pay at most {cap} a day here ({used} already paid today). Take less from the card, or sync first.</source>
        <comment>error.gift_card_offline_cap</comment>
        <translation>Kasir ini belum terhubung ke server jaringan akhir-akhir ini, jadi kartu hadiah {card} paling banyak membayar {cap} per hari di sini ({used} sudah dibayar hari ini). Ambil lebih sedikit dari kartu, atau sinkronkan dulu.</translation>
    </message>
    <message>
        <source>A gift card pays at most the amount due, {due}</source>
        <comment>error.gift_card_over_total</comment>
        <translation>Kartu hadiah membayar paling banyak jumlah tagihan, {due}</translation>
    </message>
    <message>
        <source>Gift card {card} has not been sold here</source>
        <comment>error.gift_card_unknown</comment>
        <translation>Kartu hadiah {card} belum dijual di sini</translation>
    </message>
    <message>
        <source>Say why the card is voided: the till shows the reason when the card is used</source>
        <comment>error.gift_card_void_reason</comment>
        <translation>Sebutkan alasan kartu dibatalkan: kasir menampilkan alasan itu saat kartu dipakai</translation>
    </message>
    <message>
        <source>Gift card {card} was voided on {day}: {reason}</source>
        <comment>error.gift_card_voided</comment>
        <translation>Kartu hadiah {card} dibatalkan pada {day}: {reason}</translation>
    </message>
    <message>
        <source>Gift card {card} was voided on {day}</source>
        <comment>error.gift_card_voided_no_reason</comment>
        <translation>Kartu hadiah {card} dibatalkan pada {day}</translation>
    </message>
    <message>
        <source>This shop does not sell or take gift cards</source>
        <comment>error.gift_cards_off</comment>
        <translation>Toko ini tidak menjual atau menerima kartu hadiah</translation>
    </message>
    <message>
        <source>{reward}: the winners are already drawn.</source>
        <comment>error.giveaway_drawn</comment>
        <translation>{reward}: pemenang sudah diundi.</translation>
    </message>
    <message>
        <source>{reward}: no seed was committed before entries closed, so the draw could not be verified. Nothing was drawn.</source>
        <comment>error.giveaway_no_seed</comment>
        <translation>{reward}: tidak ada benih yang dikunci sebelum pendaftaran ditutup, jadi undian tidak dapat diverifikasi. Tidak ada yang diundi.</translation>
    </message>
    <message>
        <source>{reward}: not drawn yet; there is nothing to verify.</source>
        <comment>error.giveaway_not_drawn</comment>
        <translation>{reward}: belum diundi; tidak ada yang perlu diverifikasi.</translation>
    </message>
    <message>
        <source>{reward}: entries are open until {day}; draw after they close.</source>
        <comment>error.giveaway_open</comment>
        <translation>{reward}: pendaftaran dibuka sampai {day}; undi setelah ditutup.</translation>
    </message>
    <message>
        <source>{reward}: entries have closed; a seed committed now could be chosen knowing the entries.</source>
        <comment>error.giveaway_refused</comment>
        <translation>{reward}: pendaftaran sudah ditutup; benih yang dikunci sekarang bisa dipilih dengan mengetahui tiketnya.</translation>
    </message>
    <message>
        <source>{reward}: a seed is already committed; it cannot be changed.</source>
        <comment>error.giveaway_seed_committed</comment>
        <translation>{reward}: benih sudah dikunci; tidak dapat diubah.</translation>
    </message>
    <message>
        <source>No published giveaway {key}.</source>
        <comment>error.giveaway_unknown</comment>
        <translation>Tidak ada undian terbit {key}.</translation>
    </message>
    <message>
        <source>{whose} contains {char!r} ({codepoint} {char_name}), which no font on this computer can draw (the cards use {family}); change the name, or install a font that has it</source>
        <comment>error.glyph_missing</comment>
        <translation>{whose} berisi {char!r} ({codepoint} {char_name}), yang tidak dapat digambar oleh font mana pun di komputer ini (kartu memakai {family}); ubah namanya, atau pasang font yang memilikinya</translation>
    </message>
    <message>
        <source>{problem} (not {url!r})</source>
        <comment>error.insecure_url</comment>
        <translation>{problem} (bukan {url!r})</translation>
    </message>
    <message>
        <source>The server address starts with https:// and names a host, e.g. https://chain.example.com (not {url!r})</source>
        <comment>error.insecure_url.no_host</comment>
        <translation>Alamat server diawali https:// dan menyebut nama host, mis. https://chain.example.com (bukan {url!r})</translation>
    </message>
    <message>
        <source>Use https:// for the server: plain http:// is only for a server on this computer (localhost) (not {url!r})</source>
        <comment>error.insecure_url.plain_http</comment>
        <translation>Gunakan https:// untuk server: http:// biasa hanya untuk server di komputer ini (localhost) (bukan {url!r})</translation>
    </message>
    <message>
        <source>Needs {needed} points, member has {available}.</source>
        <comment>error.insufficient_points</comment>
        <translation>Perlu {needed} poin, anggota memiliki {available}.</translation>
    </message>
    <message>
        <source>This till did not join the chain: {problems}. Nothing was saved; ask head office for a new enrolment code (this one is used up) and try again.</source>
        <comment>error.join_failed.fails_check</comment>
        <translation>Kasir ini tidak bergabung dengan jaringan: {problems}. Tidak ada yang disimpan; minta kode pendaftaran baru ke kantor pusat (kode ini sudah terpakai) lalu coba lagi.</translation>
    </message>
    <message>
        <source>This till did not join the chain: head office has not published the shop yet (its till publishes it on its next sync). Nothing was saved; ask head office for a new enrolment code (this one is used up) and try again.</source>
        <comment>error.join_failed.not_published</comment>
        <translation>Kasir ini tidak bergabung dengan jaringan: kantor pusat belum menerbitkan toko (kasirnya menerbitkannya pada sinkronisasi berikutnya). Tidak ada yang disimpan; minta kode pendaftaran baru ke kantor pusat (kode ini sudah terpakai) lalu coba lagi.</translation>
    </message>
    <message>
        <source>This till did not join the chain: {reason} Nothing was saved; ask head office for a new enrolment code (this one is used up) and try again.</source>
        <comment>error.join_failed.sync</comment>
        <translation>Kasir ini tidak bergabung dengan jaringan: {reason} Tidak ada yang disimpan; minta kode pendaftaran baru ke kantor pusat (kode ini sudah terpakai) lalu coba lagi.</translation>
    </message>
    <message>
        <source>{username} is the last active manager; nobody could manage the shop.</source>
        <comment>error.last_manager</comment>
        <translation>{username} adalah manajer aktif terakhir; tidak ada yang bisa mengelola toko.</translation>
    </message>
    <message>
        <source>The logo {name} cannot be used: {reason}.</source>
        <comment>error.logo_refused</comment>
        <translation>Logo {name} tidak dapat dipakai: {reason}.</translation>
    </message>
    <message>
        <source>The logo stored with the shop cannot be read; use a PNG or JPEG file, or print without a logo</source>
        <comment>error.logo_unreadable</comment>
        <translation>Logo yang tersimpan di toko tidak dapat dibaca; gunakan file PNG atau JPEG, atau cetak tanpa logo</translation>
    </message>
    <message>
        <source>The logo {path} cannot be read; use a PNG or JPEG file, or print without a logo</source>
        <comment>error.logo_unreadable.file</comment>
        <translation>Logo {path} tidak dapat dibaca; gunakan file PNG atau JPEG, atau cetak tanpa logo</translation>
    </message>
    <message>
        <source>The operation was refused.</source>
        <comment>error.loyalty_error</comment>
        <translation>Operasi ditolak.</translation>
    </message>
    <message>
        <source>Card refused: this member is blocked.</source>
        <comment>error.member_blocked</comment>
        <translation>Kartu ditolak: anggota ini diblokir.</translation>
    </message>
    <message>
        <source>Card refused: the member holding card {card} is blocked.</source>
        <comment>error.member_blocked.printing</comment>
        <translation>Kartu ditolak: anggota pemegang kartu {card} diblokir.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s name, phone, email or birthday needs the manager role.</source>
        <comment>error.member_change_needs_manager</comment>
        <translation>Mengubah nama, telepon, email, atau tanggal lahir anggota memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s birthday needs the manager role.</source>
        <comment>error.member_change_needs_manager.birthday</comment>
        <translation>Mengubah tanggal lahir anggota memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s email needs the manager role.</source>
        <comment>error.member_change_needs_manager.email</comment>
        <translation>Mengubah email anggota memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s name needs the manager role.</source>
        <comment>error.member_change_needs_manager.name</comment>
        <translation>Mengubah nama anggota memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s phone needs the manager role.</source>
        <comment>error.member_change_needs_manager.phone</comment>
        <translation>Mengubah telepon anggota memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Card refused: this member&apos;s data was erased.</source>
        <comment>error.member_erased</comment>
        <translation>Kartu ditolak: data anggota ini sudah dihapus.</translation>
    </message>
    <message>
        <source>Card refused: the member holding card {card} is erased.</source>
        <comment>error.member_erased.printing</comment>
        <translation>Kartu ditolak: anggota pemegang kartu {card} sudah dihapus.</translation>
    </message>
    <message>
        <source>This record was merged into member {merged_into}: erase that member (its duplicates go with it)</source>
        <comment>error.member_merged</comment>
        <translation>Data ini telah digabung ke anggota {merged_into}: hapus anggota itu (duplikatnya ikut terhapus)</translation>
    </message>
    <message>
        <source>Card refused: this member was merged into another member.</source>
        <comment>error.member_merged.card</comment>
        <translation>Kartu ditolak: anggota ini sudah digabungkan ke anggota lain.</translation>
    </message>
    <message>
        <source>Card refused: the member holding card {card} is merged.</source>
        <comment>error.member_merged.printing</comment>
        <translation>Kartu ditolak: anggota pemegang kartu {card} sudah digabungkan.</translation>
    </message>
    <message>
        <source>{name} is {status}</source>
        <comment>error.member_not_active</comment>
        <translation>{name} berstatus {status}</translation>
    </message>
    <message>
        <source>This member is {status}: the profile cannot be edited</source>
        <comment>error.member_not_active.profile</comment>
        <translation>Anggota ini berstatus {status}: profilnya tidak dapat diubah</translation>
    </message>
    <message>
        <source>A member may redeem at most {cap} points a day; this member has redeemed {used} today, so {left} are left.</source>
        <comment>error.member_redeem_cap</comment>
        <translation>Anggota boleh menukar paling banyak {cap} poin per hari; anggota ini sudah menukar {used} hari ini, jadi tersisa {left}.</translation>
    </message>
    <message>
        <source>Name the member: their id or card number</source>
        <comment>error.member_required</comment>
        <translation>Sebutkan anggotanya: id atau nomor kartunya</translation>
    </message>
    <message>
        <source>Cannot merge {name}: that member is {status}</source>
        <comment>error.merge_duplicate_not_active</comment>
        <translation>Tidak dapat menggabung {name}: anggota itu {status}</translation>
    </message>
    <message>
        <source>A member cannot be merged into themselves</source>
        <comment>error.merge_same_member</comment>
        <translation>Anggota tidak dapat digabung ke dirinya sendiri</translation>
    </message>
    <message>
        <source>Cannot merge into {name}: that member is {status}</source>
        <comment>error.merge_target_not_active</comment>
        <translation>Tidak dapat menggabung ke {name}: anggota itu {status}</translation>
    </message>
    <message>
        <source>{text!r} has misplaced thousands separators</source>
        <comment>error.misplaced_groups</comment>
        <translation>{text!r} memiliki pemisah ribuan yang salah tempat</translation>
    </message>
    <message>
        <source>the till cannot open its window: Qt needs the system libraries {libraries} on X11; install them (Debian/Ubuntu: sudo apt install {packages}) and start the till again</source>
        <comment>error.missing_display_library</comment>
        <translation>kasir tidak dapat membuka jendelanya: Qt memerlukan pustaka sistem {libraries} di X11; pasang pustaka tersebut (Debian/Ubuntu: sudo apt install {packages}) lalu jalankan kasir lagi</translation>
    </message>
    <message>
        <source>A member needs a name</source>
        <comment>error.name_required</comment>
        <translation>Anggota harus punya nama</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters</source>
        <comment>error.name_too_long</comment>
        <translation>Nama maksimal {limit} karakter</translation>
    </message>
    <message>
        <source>There are no cards to print</source>
        <comment>error.no_cards</comment>
        <translation>Tidak ada kartu untuk dicetak</translation>
    </message>
    <message>
        <source>Give at least one card number to print</source>
        <comment>error.no_cards.numbers</comment>
        <translation>Berikan minimal satu nomor kartu untuk dicetak</translation>
    </message>
    <message>
        <source>There is no shop database at {path}{hint} (run &apos;loyalty-pos demo&apos; or start the till first).</source>
        <comment>error.no_database</comment>
        <translation>Tidak ada basis data toko di {path}{hint} (jalankan &apos;loyalty-pos demo&apos; atau mulai kasir dulu).</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); start the till from the desktop, or set QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen to run it without a screen)</source>
        <comment>error.no_display.unset</comment>
        <translation>tidak ada layar (DISPLAY dan WAYLAND_DISPLAY tidak diatur); jalankan kasir dari desktop, atau atur QT_QPA_PLATFORM (misalnya QT_QPA_PLATFORM=offscreen untuk menjalankannya tanpa layar)</translation>
    </message>
    <message>
        <source>There is no draft to discard</source>
        <comment>error.no_draft</comment>
        <translation>Tidak ada draf untuk dibuang</translation>
    </message>
    <message>
        <source>There is no draft program to publish</source>
        <comment>error.no_draft.publish</comment>
        <translation>Tidak ada draf program untuk diterbitkan</translation>
    </message>
    <message>
        <source>There is no draft program to simulate; save a draft first</source>
        <comment>error.no_draft.simulate</comment>
        <translation>Tidak ada draf program untuk disimulasikan; simpan draf dulu</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: nothing left in the basket it applies to.</source>
        <comment>error.no_eligible_lines</comment>
        <translation>Hadiah {reward} tidak tersedia: tidak ada lagi barang di belanjaan yang berlaku.</translation>
    </message>
    <message>
        <source>The file has no codes: one code per line</source>
        <comment>error.no_partner_codes</comment>
        <translation>Berkas tidak berisi kode: satu kode per baris</translation>
    </message>
    <message>
        <source>No loyalty program is published yet; a manager must publish one first.</source>
        <comment>error.no_program</comment>
        <translation>Belum ada program loyalitas yang diterbitkan; manajer harus menerbitkannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>This shop has no recovery code (it was set up before codes existed); another manager can reset the PIN with: loyalty-pos staff reset-pin</source>
        <comment>error.no_recovery_code</comment>
        <translation>Toko ini tidak memiliki kode pemulihan (disiapkan sebelum kode ada); manajer lain dapat mereset PIN dengan: loyalty-pos staff reset-pin</translation>
    </message>
    <message>
        <source>There is no shop in {path} yet. Set one up with &apos;loyalty-pos&apos; (a window guides you) or &apos;loyalty-pos init&apos; (see --help).</source>
        <comment>error.no_shop_yet</comment>
        <translation>Belum ada toko di {path}. Siapkan toko dengan &apos;loyalty-pos&apos; (jendela akan memandu Anda) atau &apos;loyalty-pos init&apos; (lihat --help).</translation>
    </message>
    <message>
        <source>There is no shop in {path} yet; did you mean --data-dir {nearby}? Set one up with &apos;loyalty-pos&apos; (a window guides you) or &apos;loyalty-pos init&apos; (see --help).</source>
        <comment>error.no_shop_yet.nearby</comment>
        <translation>Belum ada toko di {path}; maksud Anda --data-dir {nearby}? Siapkan toko dengan &apos;loyalty-pos&apos; (jendela akan memandu Anda) atau &apos;loyalty-pos init&apos; (lihat --help).</translation>
    </message>
    <message>
        <source>There is no charity {charity!r} to give to</source>
        <comment>error.no_such_charity</comment>
        <translation>Tidak ada badan amal {charity!r} untuk diberi</translation>
    </message>
    <message>
        <source>There is no tier {tier}; choose one of the program&apos;s tiers.</source>
        <comment>error.no_such_tier</comment>
        <translation>Tidak ada tingkat {tier}; pilih salah satu tingkat program.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for {what}: give it with {option}.</source>
        <comment>error.no_terminal</comment>
        <translation>Tidak ada terminal untuk menanyakan {what}: berikan dengan {option}.</translation>
    </message>
    <message>
        <source>A program needs at least one tier</source>
        <comment>error.no_tiers</comment>
        <translation>Program memerlukan minimal satu tingkat</translation>
    </message>
    <message>
        <source>{path} holds the shop {name!r}, not the demo; the demo never touches a real shop&apos;s data. Run &apos;loyalty-pos demo&apos; without --data-dir: the demo keeps its own folder.</source>
        <comment>error.not_a_demo</comment>
        <translation>{path} berisi toko {name!r}, bukan demo; Demo tidak pernah menyentuh data toko sungguhan. Jalankan &apos;loyalty-pos demo&apos; tanpa --data-dir: demo memakai foldernya sendiri.</translation>
    </message>
    <message>
        <source>{path} holds a shop without a name, not the demo; the demo never touches a real shop&apos;s data. Run &apos;loyalty-pos demo&apos; without --data-dir: the demo keeps its own folder.</source>
        <comment>error.not_a_demo.unnamed</comment>
        <translation>{path} berisi toko tanpa nama, bukan demo; Demo tidak pernah menyentuh data toko sungguhan. Jalankan &apos;loyalty-pos demo&apos; tanpa --data-dir: demo memakai foldernya sendiri.</translation>
    </message>
    <message>
        <source>{wanted} is not an active manager of this shop.</source>
        <comment>error.not_a_manager</comment>
        <translation>{wanted} bukan manajer aktif di toko ini.</translation>
    </message>
    <message>
        <source>{text!r} is not an amount</source>
        <comment>error.not_an_amount</comment>
        <translation>{text!r} bukan jumlah uang</translation>
    </message>
    <message>
        <source>{product} has a price of its own</source>
        <comment>error.not_an_amount_product</comment>
        <translation>{product} sudah punya harga sendiri</translation>
    </message>
    <message>
        <source>{what} {key} was not found.</source>
        <comment>error.not_found</comment>
        <translation>{what} {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>Card {key} was not found.</source>
        <comment>error.not_found.card</comment>
        <translation>Kartu {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>Member {key} was not found.</source>
        <comment>error.not_found.member</comment>
        <translation>Anggota {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>Member {member} or original sale {sale} was not found.</source>
        <comment>error.not_found.member_or_sale</comment>
        <translation>Anggota {member} atau penjualan asli {sale} tidak ditemukan.</translation>
    </message>
    <message>
        <source>Staff {key} was not found.</source>
        <comment>error.not_found.staff</comment>
        <translation>Staf {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>{username} is not locked.</source>
        <comment>error.not_locked</comment>
        <translation>{username} tidak terkunci.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (the file is empty); choose the right file or another data directory.</source>
        <comment>error.not_our_database.empty</comment>
        <translation>{path} bukan basis data loyalty-pos (file itu kosong); pilih file yang benar atau direktori data lain.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (tables {tables} are missing); choose the right file or another data directory.</source>
        <comment>error.not_our_database.missing_tables</comment>
        <translation>{path} bukan basis data loyalty-pos (tabel {tables} tidak ada); pilih file yang benar atau direktori data lain.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (there is no such file); choose the right file or another data directory.</source>
        <comment>error.not_our_database.no_file</comment>
        <translation>{path} bukan basis data loyalty-pos (file itu tidak ada); pilih file yang benar atau direktori data lain.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (it has no schema revision); choose the right file or another data directory.</source>
        <comment>error.not_our_database.no_revision</comment>
        <translation>{path} bukan basis data loyalty-pos (tidak ada revisi skema di dalamnya); pilih file yang benar atau direktori data lain.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (it has none of our tables); choose the right file or another data directory.</source>
        <comment>error.not_our_database.no_tables</comment>
        <translation>{path} bukan basis data loyalty-pos (tidak ada satu pun tabel kami di dalamnya); pilih file yang benar atau direktori data lain.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (it is not a SQLite database); choose the right file or another data directory.</source>
        <comment>error.not_our_database.not_sqlite</comment>
        <translation>{path} bukan basis data loyalty-pos (itu bukan basis data SQLite); pilih file yang benar atau direktori data lain.</translation>
    </message>
    <message>
        <source>This till is not registered with a chain server (loyalty-pos sync register).</source>
        <comment>error.not_registered</comment>
        <translation>Kasir ini belum terdaftar di server jaringan (loyalty-pos sync register).</translation>
    </message>
    <message>
        <source>Line {line} ({product}): {left} of {bought} left to return, asked for {asked}</source>
        <comment>error.nothing_left_to_return</comment>
        <translation>Baris {line} ({product}): sisa {left} dari {bought} yang bisa diretur, diminta {asked}</translation>
    </message>
    <message>
        <source>This till has no published program to send: publish a program first (Manager &gt; Program).</source>
        <comment>error.nothing_published</comment>
        <translation>Kasir ini tidak punya program terbit untuk dikirim: terbitkan program dulu (Manajer &gt; Program).</translation>
    </message>
    <message>
        <source>Choose at least one line to return</source>
        <comment>error.nothing_to_return</comment>
        <translation>Pilih setidaknya satu baris untuk diretur</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <comment>error.nothing_to_save</comment>
        <translation>Tidak ada yang perlu disimpan</translation>
    </message>
    <message>
        <source>The chain server cannot be reached ({url}).</source>
        <comment>error.offline</comment>
        <translation>Server jaringan tidak dapat dihubungi ({url}).</translation>
    </message>
    <message>
        <source>The connection to the chain server failed: {reason}</source>
        <comment>error.offline.connection</comment>
        <translation>Koneksi ke server jaringan gagal: {reason}</translation>
    </message>
    <message>
        <source>The chain server did not answer in time ({url}).</source>
        <comment>error.offline.timeout</comment>
        <translation>Server jaringan tidak menjawab tepat waktu ({url}).</translation>
    </message>
    <message>
        <source>The chain server is unavailable (HTTP {status}); try again later.</source>
        <comment>error.offline.unavailable</comment>
        <translation>Server jaringan sedang tidak tersedia (HTTP {status}); coba lagi nanti.</translation>
    </message>
    <message>
        <source>This till has not reached the chain&apos;s server lately, so a member may redeem at most {cap} points a day here ({used} already used today). Redeem less, or sync first.</source>
        <comment>error.offline_redeem_cap</comment>
        <translation>Kasir ini belum terhubung ke server jaringan toko akhir-akhir ini, jadi anggota boleh menukar paling banyak {cap} poin sehari di sini ({used} sudah dipakai hari ini). Tukar lebih sedikit, atau sinkronkan dulu.</translation>
    </message>
    <message>
        <source>member export needs --out FILE (.json or .pdf)</source>
        <comment>error.out_required</comment>
        <translation>member export memerlukan --out FILE (.json atau .pdf)</translation>
    </message>
    <message>
        <source>Not writing {path}: {reason}.</source>
        <comment>error.output_refused</comment>
        <translation>Tidak menulis {path}: {reason}.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is inside the shop&apos;s backups folder {backups}.</source>
        <comment>error.output_refused.backups</comment>
        <translation>Tidak menulis {path}: itu ada di dalam folder cadangan toko {backups}.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is the shop&apos;s card key.</source>
        <comment>error.output_refused.card_key</comment>
        <translation>Tidak menulis {path}: itu kunci kartu toko.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is the shop&apos;s data folder.</source>
        <comment>error.output_refused.data_folder</comment>
        <translation>Tidak menulis {path}: itu folder data toko.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is the shop&apos;s database.</source>
        <comment>error.output_refused.database</comment>
        <translation>Tidak menulis {path}: itu basis data toko.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is one of the shop&apos;s database files.</source>
        <comment>error.output_refused.database_file</comment>
        <translation>Tidak menulis {path}: itu salah satu file basis data toko.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is a folder; give a file name.</source>
        <comment>error.output_refused.folder</comment>
        <translation>Tidak menulis {path}: itu sebuah folder; berikan nama file.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is another name (a hard link) for one of the shop&apos;s files.</source>
        <comment>error.output_refused.hard_link</comment>
        <translation>Tidak menulis {path}: itu nama lain (hard link) untuk salah satu file toko.</translation>
    </message>
    <message>
        <source>Not writing {path}: the data folder {data_dir} holds only the shop&apos;s own files; choose another folder.</source>
        <comment>error.output_refused.inside_data_folder</comment>
        <translation>Tidak menulis {path}: folder data {data_dir} hanya berisi file milik toko; pilih folder lain.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is not a regular file (a device or pipe).</source>
        <comment>error.output_refused.not_a_file</comment>
        <translation>Tidak menulis {path}: itu bukan file biasa (perangkat atau pipe).</translation>
    </message>
    <message>
        <source>This is your own member card ({name}): staff cannot earn on, redeem from or adjust their own card. Ask a colleague to ring up this sale.</source>
        <comment>error.own_card</comment>
        <translation>Ini kartu anggota Anda sendiri ({name}): staf tidak boleh mengumpulkan, menukar, atau menyesuaikan poin pada kartunya sendiri. Minta rekan kerja memproses penjualan ini.</translation>
    </message>
    <message>
        <source>Paid membership {key} is not on sale.</source>
        <comment>error.paid_tier_unknown</comment>
        <translation>Keanggotaan berbayar {key} tidak dijual.</translation>
    </message>
    <message>
        <source>Receipt paper is 58mm or 80mm, not {paper!r}</source>
        <comment>error.paper_unknown</comment>
        <translation>Kertas struk 58mm atau 80mm, bukan {paper!r}</translation>
    </message>
    <message>
        <source>Could not read {path} as a UTF-8 text or CSV file of codes.</source>
        <comment>error.partner_code_file</comment>
        <translation>Tidak dapat membaca {path} sebagai berkas teks UTF-8 atau CSV berisi kode.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: no partner codes are left on this till. A manager imports more in the back office (Rewards).</source>
        <comment>error.partner_codes_used_up</comment>
        <translation>Hadiah {reward} tidak tersedia: tidak ada kode mitra tersisa di kasir ini. Manajer mengimpor lagi di back office (Hadiah).</translation>
    </message>
    <message>
        <source>No published partner-code reward {key}.</source>
        <comment>error.partner_reward_unknown</comment>
        <translation>Tidak ada hadiah kode mitra terbit {key}.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <comment>error.passphrases_differ</comment>
        <translation>Kedua frasa sandi berbeda; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>{action} needs the {role} role.</source>
        <comment>error.permission_denied</comment>
        <translation>{action} memerlukan peran {role}.</translation>
    </message>
    <message>
        <source>Adding product categories needs the manager role.</source>
        <comment>error.permission_denied.adding_product_categories</comment>
        <translation>Menambah kategori produk memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Adjusting points needs the manager role.</source>
        <comment>error.permission_denied.adjusting_points</comment>
        <translation>Menyesuaikan poin memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Blocking a card needs the manager role.</source>
        <comment>error.permission_denied.blocking_a_card</comment>
        <translation>Memblokir kartu memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Changing shop settings needs the manager role.</source>
        <comment>error.permission_denied.changing_shop_settings</comment>
        <translation>Mengubah pengaturan toko memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Changing staff accounts needs the manager role.</source>
        <comment>error.permission_denied.changing_staff_accounts</comment>
        <translation>Mengubah akun staf memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Committing a giveaway&apos;s seed needs the manager role.</source>
        <comment>error.permission_denied.committing_a_giveaways_seed</comment>
        <translation>Mengunci benih undian memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Creating staff needs the manager role.</source>
        <comment>error.permission_denied.creating_staff</comment>
        <translation>Membuat staf memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Deactivating products needs the manager role.</source>
        <comment>error.permission_denied.deactivating_products</comment>
        <translation>Menonaktifkan produk memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Discarding the draft program needs the manager role.</source>
        <comment>error.permission_denied.discarding_the_draft_program</comment>
        <translation>Membuang draf program memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Drawing a giveaway needs the manager role.</source>
        <comment>error.permission_denied.drawing_a_giveaway</comment>
        <translation>Mengundi pemenang memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Editing campaigns needs the manager role.</source>
        <comment>error.permission_denied.editing_campaigns</comment>
        <translation>Mengubah kampanye memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Editing charities needs the manager role.</source>
        <comment>error.permission_denied.editing_charities</comment>
        <translation>Mengubah badan amal memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Editing gift card rules needs the manager role.</source>
        <comment>error.permission_denied.editing_gift_card_rules</comment>
        <translation>Mengubah aturan kartu hadiah memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Editing products needs the manager role.</source>
        <comment>error.permission_denied.editing_products</comment>
        <translation>Mengubah produk memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Editing segments needs the manager role.</source>
        <comment>error.permission_denied.editing_segments</comment>
        <translation>Mengubah segmen memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Editing the loyalty program needs the manager role.</source>
        <comment>error.permission_denied.editing_the_loyalty_program</comment>
        <translation>Mengubah program loyalitas memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Editing the reward catalog needs the manager role.</source>
        <comment>error.permission_denied.editing_the_reward_catalog</comment>
        <translation>Mengubah katalog hadiah memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Ending campaigns needs the manager role.</source>
        <comment>error.permission_denied.ending_campaigns</comment>
        <translation>Mengakhiri kampanye memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Erasing a member needs the manager role.</source>
        <comment>error.permission_denied.erasing_a_member</comment>
        <translation>Menghapus anggota memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Erasing inactive members needs the manager role.</source>
        <comment>error.permission_denied.erasing_inactive_members</comment>
        <translation>Menghapus anggota yang tidak aktif memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Exporting a member&apos;s data needs the manager role.</source>
        <comment>error.permission_denied.exporting_a_member_s_data</comment>
        <translation>Mengekspor data anggota memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Importing a card signing key needs the manager role.</source>
        <comment>error.permission_denied.importing_a_card_signing_key</comment>
        <translation>Mengimpor kunci penanda tangan kartu memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Importing partner codes needs the manager role.</source>
        <comment>error.permission_denied.importing_partner_codes</comment>
        <translation>Mengimpor kode mitra memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Importing products needs the manager role.</source>
        <comment>error.permission_denied.importing_products</comment>
        <translation>Mengimpor produk memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Importing sales needs the manager role.</source>
        <comment>error.permission_denied.importing_sales</comment>
        <translation>Mengimpor penjualan memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Linking a staff account to a member needs the manager role.</source>
        <comment>error.permission_denied.linking_a_staff_account_to_a_member</comment>
        <translation>Menautkan akun staf ke anggota memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Looking up a gift card&apos;s history needs the manager role.</source>
        <comment>error.permission_denied.looking_up_a_gift_cards_history</comment>
        <translation>Melihat riwayat kartu hadiah memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Managing staff accounts needs the manager role.</source>
        <comment>error.permission_denied.managing_staff_accounts</comment>
        <translation>Mengelola akun staf memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Merging members needs the manager role.</source>
        <comment>error.permission_denied.merging_members</comment>
        <translation>Menggabungkan anggota memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Publishing the loyalty program needs the manager role.</source>
        <comment>error.permission_denied.publishing_the_loyalty_program</comment>
        <translation>Menerbitkan program loyalitas memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Re-issuing a card needs the manager role.</source>
        <comment>error.permission_denied.re_issuing_a_card</comment>
        <translation>Menerbitkan ulang kartu memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Reading shop settings needs the manager role.</source>
        <comment>error.permission_denied.reading_shop_settings</comment>
        <translation>Membaca pengaturan toko memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Reading staff accounts needs the manager role.</source>
        <comment>error.permission_denied.reading_staff_accounts</comment>
        <translation>Membaca akun staf memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Reading the audit log needs the manager role.</source>
        <comment>error.permission_denied.reading_the_audit_log</comment>
        <translation>Membaca log audit memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Removing product categories needs the manager role.</source>
        <comment>error.permission_denied.removing_product_categories</comment>
        <translation>Menghapus kategori produk memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Replacing the card signing key needs the manager role.</source>
        <comment>error.permission_denied.replacing_the_card_signing_key</comment>
        <translation>Mengganti kunci penanda tangan kartu memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Resetting a PIN needs the manager role.</source>
        <comment>error.permission_denied.resetting_a_pin</comment>
        <translation>Mengatur ulang PIN memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Retiring rewards needs the manager role.</source>
        <comment>error.permission_denied.retiring_rewards</comment>
        <translation>Menghentikan hadiah memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Rotating the card signing key needs the manager role.</source>
        <comment>error.permission_denied.rotating_the_card_signing_key</comment>
        <translation>Mengganti kunci penanda tangan kartu secara berkala memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Transferring points needs the manager role.</source>
        <comment>error.permission_denied.transferring_points</comment>
        <translation>Memindahkan poin memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Unlocking a staff account needs the manager role.</source>
        <comment>error.permission_denied.unlocking_a_staff_account</comment>
        <translation>Membuka kunci akun staf memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Verifying the audit log needs the manager role.</source>
        <comment>error.permission_denied.verifying_the_audit_log</comment>
        <translation>Memverifikasi log audit memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Voiding a gift card needs the manager role.</source>
        <comment>error.permission_denied.voiding_a_gift_card</comment>
        <translation>Membatalkan kartu hadiah memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Phone {phone} already belongs to a member</source>
        <comment>error.phone_in_use</comment>
        <translation>Telepon {phone} sudah dimiliki anggota</translation>
    </message>
    <message>
        <source>Member with phone {key} was not found.</source>
        <comment>error.phone_unknown</comment>
        <translation>Anggota dengan telepon {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <comment>error.pins_differ</comment>
        <translation>Kedua PIN berbeda; ketik PIN yang sama dua kali.</translation>
    </message>
    <message>
        <source>{reward} needs at least {minimum} points, {entered} were entered</source>
        <comment>error.points_below_minimum</comment>
        <translation>{reward} memerlukan minimal {minimum} poin, yang dimasukkan {entered}</translation>
    </message>
    <message>
        <source>{reward} costs a fixed {points} points; points cannot be typed</source>
        <comment>error.points_not_allowed</comment>
        <translation>{reward} seharga tetap {points} poin; poin tidak dapat diketik</translation>
    </message>
    <message>
        <source>points to spend must be above 0</source>
        <comment>error.points_not_positive</comment>
        <translation>poin yang dipakai harus di atas 0</translation>
    </message>
    <message>
        <source>One entry moves at most {max_points_per_entry:,} points, not {points:,}</source>
        <comment>error.points_too_many</comment>
        <translation>Satu entri memindahkan paling banyak {max_points_per_entry:,} poin, bukan {points:,}</translation>
    </message>
    <message>
        <source>{printed:,} printed card(s) carry QR codes signed with this till&apos;s key {current}; after the swap those QR codes would be refused (their barcodes still scan). Pass --replace-printed to swap anyway, then reprint them</source>
        <comment>error.printed_cards_use_this_key</comment>
        <translation>{printed:,} kartu tercetak membawa kode QR yang ditandatangani dengan kunci kasir ini {current}; setelah penggantian, kode QR itu akan ditolak (barcode-nya tetap terbaca). Berikan --replace-printed untuk tetap mengganti, lalu cetak ulang kartunya</translation>
    </message>
    <message>
        <source>A network receipt printer needs a host</source>
        <comment>error.printer_host_required</comment>
        <translation>Printer struk jaringan memerlukan host</translation>
    </message>
    <message>
        <source>A receipt printer is usb, network, file or dummy, not {kind!r}</source>
        <comment>error.printer_kind_unknown</comment>
        <translation>Printer struk adalah usb, network, file, atau dummy, bukan {kind!r}</translation>
    </message>
    <message>
        <source>A file receipt printer needs a path</source>
        <comment>error.printer_path_required</comment>
        <translation>Printer struk file memerlukan path</translation>
    </message>
    <message>
        <source>python-escpos has no printer profile named {profile!r}</source>
        <comment>error.printer_profile_unknown</comment>
        <translation>python-escpos tidak memiliki profil printer bernama {profile!r}</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: {reason}. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable</comment>
        <translation>Printer {printer} tidak tersedia: {reason}. Periksa apakah printer menyala dan terhubung, lalu cetak ulang.</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: {copies} copies of {receipt} are already there. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.copies</comment>
        <translation>Printer {printer} tidak tersedia: sudah ada {copies} salinan {receipt}. Periksa apakah printer menyala dan terhubung, lalu cetak ulang.</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: the print job could not be started. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.job_not_started</comment>
        <translation>Printer {printer} tidak tersedia: pekerjaan cetak tidak dapat dimulai. Periksa apakah printer menyala dan terhubung, lalu cetak ulang.</translation>
    </message>
    <message>
        <source>Printer (default) is not available: no default printer is set up on this computer. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.no_default</comment>
        <translation>Printer (bawaan) tidak tersedia: belum ada printer bawaan di komputer ini. Periksa apakah printer menyala dan terhubung, lalu cetak ulang.</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: USB printing needs the pyusb package: pip install &apos;python-escpos[usb]&apos;. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.no_pyusb</comment>
        <translation>Printer {printer} tidak tersedia: pencetakan USB memerlukan paket pyusb: pip install &apos;python-escpos[usb]&apos;. Periksa apakah printer menyala dan terhubung, lalu cetak ulang.</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: no printer has that name (installed: {installed}). Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.unknown</comment>
        <translation>Printer {printer} tidak tersedia: tidak ada printer dengan nama itu (terpasang: {installed}). Periksa apakah printer menyala dan terhubung, lalu cetak ulang.</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: no printer has that name (installed: none). Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.unknown_none_installed</comment>
        <translation>Printer {printer} tidak tersedia: tidak ada printer dengan nama itu (tidak ada yang terpasang). Periksa apakah printer menyala dan terhubung, lalu cetak ulang.</translation>
    </message>
    <message>
        <source>A USB receipt printer needs its vendor and product id (see lsusb)</source>
        <comment>error.printer_usb_ids_required</comment>
        <translation>Printer struk USB memerlukan id vendor dan produknya (lihat lsusb)</translation>
    </message>
    <message>
        <source>A product needs a category</source>
        <comment>error.product_category_required</comment>
        <translation>Produk memerlukan kategori</translation>
    </message>
    <message>
        <source>Code {product_code} is already {name}</source>
        <comment>error.product_code_in_use</comment>
        <translation>Kode {product_code} sudah dipakai {name}</translation>
    </message>
    <message>
        <source>A product needs a code</source>
        <comment>error.product_code_required</comment>
        <translation>Produk memerlukan kode</translation>
    </message>
    <message>
        <source>{product} is no longer sold</source>
        <comment>error.product_inactive</comment>
        <translation>{product} tidak dijual lagi</translation>
    </message>
    <message>
        <source>A product needs a name</source>
        <comment>error.product_name_required</comment>
        <translation>Produk memerlukan nama</translation>
    </message>
    <message>
        <source>Product {key} was not found.</source>
        <comment>error.product_unknown</comment>
        <translation>Produk {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>The chain server sent an event this till cannot read: {problem}</source>
        <comment>error.protocol</comment>
        <translation>Server jaringan mengirim peristiwa yang tidak dapat dibaca kasir ini: {problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot has no as_of.</source>
        <comment>error.protocol.as_of</comment>
        <translation>Snapshot server jaringan tidak memiliki as_of.</translation>
    </message>
    <message>
        <source>The chain server sent a snapshot member this till cannot read: {problem}</source>
        <comment>error.protocol.member</comment>
        <translation>Server jaringan mengirim anggota snapshot yang tidak dapat dibaca kasir ini: {problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot page has no members list.</source>
        <comment>error.protocol.members</comment>
        <translation>Halaman snapshot server jaringan tidak memiliki daftar anggota.</translation>
    </message>
    <message>
        <source>The chain server&apos;s pull answer has no events list or cursor.</source>
        <comment>error.protocol.pull</comment>
        <translation>Jawaban tarik server jaringan tidak memiliki daftar peristiwa atau kursor.</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot does not move on: its next page starts at {after!r} after {asked!r}.</source>
        <comment>error.protocol.stuck</comment>
        <translation>Snapshot server jaringan tidak maju: halaman berikutnya dimulai di {after!r} setelah {asked!r}.</translation>
    </message>
    <message>
        <source>Head office&apos;s publication cannot be used: {problem}</source>
        <comment>error.publication_invalid</comment>
        <translation>Terbitan kantor pusat tidak dapat digunakan: {problem}</translation>
    </message>
    <message>
        <source>An adjustment needs a reason</source>
        <comment>error.reason_required</comment>
        <translation>Penyesuaian memerlukan alasan</translation>
    </message>
    <message>
        <source>Say why the card is blocked</source>
        <comment>error.reason_required.block_card</comment>
        <translation>Sebutkan alasan kartu diblokir</translation>
    </message>
    <message>
        <source>an adjustment needs a reason</source>
        <comment>error.reason_required.ledger</comment>
        <translation>penyesuaian memerlukan alasan</translation>
    </message>
    <message>
        <source>Receipt {ref}{register}, dated {on}, is already recorded.</source>
        <comment>error.receipt_already_recorded</comment>
        <translation>Struk {ref}{register}, tanggal {on}, sudah tercatat.</translation>
    </message>
    <message>
        <source>That receipt is itself a return</source>
        <comment>error.receipt_is_a_return</comment>
        <translation>Struk itu sendiri adalah retur</translation>
    </message>
    <message>
        <source>The printed receipt of sale {key} was not found.</source>
        <comment>error.receipt_not_stored</comment>
        <translation>Struk cetak penjualan {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>Receipt {key} was not found.</source>
        <comment>error.receipt_unknown</comment>
        <translation>Struk {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>Receipt (no number typed) was not found.</source>
        <comment>error.receipt_unknown.empty</comment>
        <translation>Struk (tanpa nomor) tidak ditemukan.</translation>
    </message>
    <message>
        <source>A receipt needs at least {min_width} columns, not {width}</source>
        <comment>error.receipt_width_too_small</comment>
        <translation>Struk memerlukan minimal {min_width} kolom, bukan {width}</translation>
    </message>
    <message>
        <source>That is not this shop&apos;s recovery code; nothing was changed.</source>
        <comment>error.recovery_refused</comment>
        <translation>Itu bukan kode pemulihan toko ini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This redemption is over a points limit.</source>
        <comment>error.redeem_limit</comment>
        <translation>Penukaran ini melebihi batas poin.</translation>
    </message>
    <message>
        <source>No member has the referral code {referral}. Check it with the member, or leave the field empty.</source>
        <comment>error.referral_code_unknown</comment>
        <translation>Tidak ada anggota dengan kode rekomendasi {referral}. Periksa dengan anggota, atau kosongkan kolom ini.</translation>
    </message>
    <message>
        <source>A member cannot use their own referral code.</source>
        <comment>error.referral_to_self</comment>
        <translation>Anggota tidak dapat memakai kode rekomendasinya sendiri.</translation>
    </message>
    <message>
        <source>The chain server refused the request: {detail}</source>
        <comment>error.refused</comment>
        <translation>Server jaringan menolak permintaan: {detail}</translation>
    </message>
    <message>
        <source>The file {name} is missing from {folder}; reinstall loyalty-pos.</source>
        <comment>error.resource_missing</comment>
        <translation>Berkas {name} tidak ada di {folder}; pasang ulang loyalty-pos.</translation>
    </message>
    <message>
        <source>The file {name} is missing from {folder} (not unpacked on disk); reinstall loyalty-pos.</source>
        <comment>error.resource_missing.not_unpacked</comment>
        <translation>File {name} tidak ada di {folder} (tidak dibongkar ke disk); pasang ulang loyalty-pos.</translation>
    </message>
    <message>
        <source>Not restoring {path}: it is another shop&apos;s backup (shop {backup_shop}; this is shop {current_shop}): its data and card keys would replace this shop&apos;s. To restore it anyway, pass --{flag}</source>
        <comment>error.restore_needs_consent.other_shop</comment>
        <translation>Tidak memulihkan {path}: ini cadangan toko lain (toko {backup_shop}; ini toko {current_shop}): data dan kunci kartunya akan menggantikan milik toko ini. Untuk tetap memulihkannya, tambahkan --{flag}</translation>
    </message>
    <message>
        <source>Not restoring {path}: its card keys ({arriving}) are not this till&apos;s ({here}): cards printed with this till&apos;s keys would read as forged after it (this till&apos;s key file is kept aside either way). To restore it anyway, pass --{flag}</source>
        <comment>error.restore_needs_consent.replace_printed</comment>
        <translation>Tidak memulihkan {path}: kunci kartunya ({arriving}) bukan milik kasir ini ({here}): kartu yang dicetak dengan kunci kasir ini akan terbaca palsu setelahnya (file kunci kasir ini tetap disimpan terpisah). Untuk tetap memulihkannya, tambahkan --{flag}</translation>
    </message>
    <message>
        <source>Not restoring {path}: it fails check: {problems}</source>
        <comment>error.restore_refused.fails_check</comment>
        <translation>Tidak memulihkan {path}: gagal diperiksa (check): {problems}</translation>
    </message>
    <message>
        <source>Not restoring {path}: no such file</source>
        <comment>error.restore_refused.no_such_file</comment>
        <translation>Tidak memulihkan {path}: file tidak ada</translation>
    </message>
    <message>
        <source>Not restoring {path}: it is sealed; give its passphrase (--passphrase-file F, LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked)</source>
        <comment>error.restore_refused.sealed</comment>
        <translation>Tidak memulihkan {path}: file disegel; berikan frasa sandinya (--passphrase-file F, LOYALTY_POS_BACKUP_PASSPHRASE, atau ketik saat diminta)</translation>
    </message>
    <message>
        <source>Not restoring {path}: the key file beside it holds {held}, but the backup&apos;s shop signs with {signs}: it is not this backup&apos;s key file</source>
        <comment>error.restore_refused.wrong_key_file</comment>
        <translation>Tidak memulihkan {path}: file kunci di sampingnya berisi {held}, tetapi toko cadangan ini menandatangani dengan {signs}: itu bukan file kunci cadangan ini</translation>
    </message>
    <message>
        <source>Stopped: {erased:,} member(s) were erased before the stop; the rest are untouched.</source>
        <comment>error.retention_cancelled</comment>
        <translation>Dihentikan: {erased:,} anggota sudah dihapus sebelum dihentikan; sisanya tidak disentuh.</translation>
    </message>
    <message>
        <source>A return of this size needs the manager role.</source>
        <comment>error.return_needs_approval</comment>
        <translation>Retur sebesar ini memerlukan peran manajer.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: {reason}.</source>
        <comment>error.reward_unavailable</comment>
        <translation>Hadiah {reward} tidak tersedia: {reason}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: ended {day}.</source>
        <comment>error.reward_unavailable.expired</comment>
        <translation>Hadiah {reward} tidak tersedia: berakhir {day}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: switched off by a manager.</source>
        <comment>error.reward_unavailable.inactive</comment>
        <translation>Hadiah {reward} tidak tersedia: dinonaktifkan oleh manajer.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a day reached.</source>
        <comment>error.reward_unavailable.limit_reached_day</comment>
        <translation>Hadiah {reward} tidak tersedia: batas {limit} per hari sudah tercapai.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} reached.</source>
        <comment>error.reward_unavailable.limit_reached_ever</comment>
        <translation>Hadiah {reward} tidak tersedia: batas {limit} kali sudah tercapai.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a month reached.</source>
        <comment>error.reward_unavailable.limit_reached_month</comment>
        <translation>Hadiah {reward} tidak tersedia: batas {limit} per bulan sudah tercapai.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a week reached.</source>
        <comment>error.reward_unavailable.limit_reached_week</comment>
        <translation>Hadiah {reward} tidak tersedia: batas {limit} per minggu sudah tercapai.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a year reached.</source>
        <comment>error.reward_unavailable.limit_reached_year</comment>
        <translation>Hadiah {reward} tidak tersedia: batas {limit} per tahun sudah tercapai.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: member is blocked.</source>
        <comment>error.reward_unavailable.member_blocked</comment>
        <translation>Hadiah {reward} tidak tersedia: anggota diblokir.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: member is erased.</source>
        <comment>error.reward_unavailable.member_erased</comment>
        <translation>Hadiah {reward} tidak tersedia: data anggota sudah dihapus.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: member is merged.</source>
        <comment>error.reward_unavailable.member_merged</comment>
        <translation>Hadiah {reward} tidak tersedia: anggota sudah digabungkan ke anggota lain.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs a basket of {minimum}, basket is {basket}.</source>
        <comment>error.reward_unavailable.min_basket</comment>
        <translation>Hadiah {reward} tidak tersedia: memerlukan belanjaan minimal {minimum}, belanjaan baru {basket}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs {tier} tier.</source>
        <comment>error.reward_unavailable.needs_tier</comment>
        <translation>Hadiah {reward} tidak tersedia: memerlukan tingkat {tier}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: no member on the sale.</source>
        <comment>error.reward_unavailable.no_member</comment>
        <translation>Hadiah {reward} tidak tersedia: tidak ada anggota pada penjualan ini.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: valid from {day}.</source>
        <comment>error.reward_unavailable.not_yet_valid</comment>
        <translation>Hadiah {reward} tidak tersedia: berlaku mulai {day}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: out of stock.</source>
        <comment>error.reward_unavailable.out_of_stock</comment>
        <translation>Hadiah {reward} tidak tersedia: stok habis.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs {product} in the basket.</source>
        <comment>error.reward_unavailable.product</comment>
        <translation>Hadiah {reward} tidak tersedia: memerlukan {product} di belanjaan.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs {needed} x {product} in the basket, basket has {quantity}.</source>
        <comment>error.reward_unavailable.product_count</comment>
        <translation>Hadiah {reward} tidak tersedia: memerlukan {needed} x {product} di belanjaan, belanjaan berisi {quantity}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: only {left} left in stock.</source>
        <comment>error.reward_unavailable.stock</comment>
        <translation>Hadiah {reward} tidak tersedia: stok tinggal {left}.</translation>
    </message>
    <message>
        <source>Reward {key} was not found.</source>
        <comment>error.reward_unknown</comment>
        <translation>Hadiah {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>One sale may redeem at most {cap} points; this sale would redeem {points}.</source>
        <comment>error.sale_redeem_cap</comment>
        <translation>Satu penjualan boleh menukar paling banyak {cap} poin; penjualan ini akan menukar {points}.</translation>
    </message>
    <message>
        <source>Type at least 2 characters to search</source>
        <comment>error.search_too_short</comment>
        <translation>Ketik minimal 2 karakter untuk mencari</translation>
    </message>
    <message>
        <source>Adjusting more than {threshold} points needs a second manager: another manager approves this adjustment of {points} points with their PIN.</source>
        <comment>error.second_manager_needed</comment>
        <translation>Penyesuaian lebih dari {threshold} poin memerlukan manajer kedua: manajer lain menyetujui penyesuaian {points} poin ini dengan PIN-nya.</translation>
    </message>
    <message>
        <source>The second manager must be someone else than the manager making the adjustment.</source>
        <comment>error.second_manager_same</comment>
        <translation>Manajer kedua harus orang lain, bukan manajer yang melakukan penyesuaian.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <comment>error.secret_file_refused</comment>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: the file is empty; its first line is the PIN</source>
        <comment>error.secret_file_refused.empty</comment>
        <translation>{path}: file kosong; baris pertamanya adalah PIN</translation>
    </message>
    <message>
        <source>{path}: not a file</source>
        <comment>error.secret_file_refused.not_a_file</comment>
        <translation>{path}: bukan file</translation>
    </message>
    <message>
        <source>{path}: other accounts can read or change this file (mode {mode}); a PIN file must be private: chmod 600 {path}</source>
        <comment>error.secret_file_refused.shared</comment>
        <translation>{path}: akun lain dapat membaca atau mengubah file ini (mode {mode}); file PIN harus pribadi: chmod 600 {path}</translation>
    </message>
    <message>
        <source>{segment} is the target of {campaigns}: aim those campaigns elsewhere first.</source>
        <comment>error.segment_in_use</comment>
        <translation>{segment} adalah sasaran {campaigns}: arahkan kampanye itu ke tempat lain dahulu.</translation>
    </message>
    <message>
        <source>Segment {key} was not found.</source>
        <comment>error.segment_unknown</comment>
        <translation>Segmen {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>The shop was not set up: {reason}. Nothing was saved; please try again.</source>
        <comment>error.setup_failed</comment>
        <translation>Toko tidak disiapkan: {reason}. Tidak ada yang disimpan; silakan coba lagi.</translation>
    </message>
    <message>
        <source>The shop was not set up: {problems}. Nothing was saved; please try again.</source>
        <comment>error.setup_failed.fails_check</comment>
        <translation>Toko tidak disiapkan: {problems}. Tidak ada yang disimpan; silakan coba lagi.</translation>
    </message>
    <message>
        <source>The shop was not set up: the card key {path} changed while the shop was being set up. Nothing was saved; please try again.</source>
        <comment>error.setup_failed.key_changed</comment>
        <translation>Toko tidak disiapkan: kunci kartu {path} berubah saat toko sedang disiapkan. Tidak ada yang disimpan; silakan coba lagi.</translation>
    </message>
    <message>
        <source>loyalty-pos keeps a shop&apos;s data in {path}, where every account on this computer finds it, but cannot use that folder ({reason}). Create it once for the account that runs the till: sudo mkdir -p &apos;{path}&apos; &amp;&amp; sudo chown {user} &apos;{path}&apos;. Or keep the data in a folder of your choice with --data-dir DIR or the environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo</source>
        <comment>error.shared_data_dir_unusable.darwin</comment>
        <translation>loyalty-pos menyimpan data toko di {path}, tempat setiap akun di komputer ini menemukannya, tetapi tidak dapat memakai folder itu ({reason}). Buat folder itu sekali untuk akun yang menjalankan kasir: sudo mkdir -p &apos;{path}&apos; &amp;&amp; sudo chown {user} &apos;{path}&apos;. Atau simpan data di folder pilihan Anda dengan --data-dir DIR atau variabel lingkungan LOYALTY_POS_DATA_DIR=DIR. Untuk sekadar mencoba loyalty-pos, jalankan: loyalty-pos demo</translation>
    </message>
    <message>
        <source>loyalty-pos keeps a shop&apos;s data in {path}, where every account on this computer finds it, but cannot use that folder ({reason}). Create it once for the account that runs the till: sudo install -d -o {user} -m 0755 {path} Or keep the data in a folder of your choice with --data-dir DIR or the environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo</source>
        <comment>error.shared_data_dir_unusable.other</comment>
        <translation>loyalty-pos menyimpan data toko di {path}, tempat setiap akun di komputer ini menemukannya, tetapi tidak dapat memakai folder itu ({reason}). Buat folder itu sekali untuk akun yang menjalankan kasir: sudo install -d -o {user} -m 0755 {path} Atau simpan data di folder pilihan Anda dengan --data-dir DIR atau variabel lingkungan LOYALTY_POS_DATA_DIR=DIR. Untuk sekadar mencoba loyalty-pos, jalankan: loyalty-pos demo</translation>
    </message>
    <message>
        <source>loyalty-pos keeps a shop&apos;s data in {path}, where every account on this computer finds it, but cannot use that folder ({reason}). Start loyalty-pos once with &quot;Run as administrator&quot; so it can create the folder, or create {path} yourself and give the Users group Modify permission on it. Or keep the data in a folder of your choice with --data-dir DIR or the environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo</source>
        <comment>error.shared_data_dir_unusable.win32</comment>
        <translation>loyalty-pos menyimpan data toko di {path}, tempat setiap akun di komputer ini menemukannya, tetapi tidak dapat memakai folder itu ({reason}). Jalankan loyalty-pos sekali dengan &quot;Run as administrator&quot; (Jalankan sebagai administrator) agar folder itu dapat dibuat, atau buat {path} sendiri dan beri grup Users izin Modify (Ubah) atasnya. Atau simpan data di folder pilihan Anda dengan --data-dir DIR atau variabel lingkungan LOYALTY_POS_DATA_DIR=DIR. Untuk sekadar mencoba loyalty-pos, jalankan: loyalty-pos demo</translation>
    </message>
    <message>
        <source>{where} already holds a shop; setup changes nothing there.</source>
        <comment>error.shop_exists</comment>
        <translation>{where} sudah berisi toko; penyiapan tidak mengubah apa pun di sana.</translation>
    </message>
    <message>
        <source>This database already holds a shop; setup changes nothing there.</source>
        <comment>error.shop_exists.database</comment>
        <translation>Basis data ini sudah berisi toko; penyiapan tidak mengubah apa pun di sana.</translation>
    </message>
    <message>
        <source>Cards need the shop&apos;s name</source>
        <comment>error.shop_name_required</comment>
        <translation>Kartu memerlukan nama toko</translation>
    </message>
    <message>
        <source>The shop needs a name</source>
        <comment>error.shop_name_required.settings</comment>
        <translation>Toko memerlukan nama</translation>
    </message>
    <message>
        <source>Wrong user name or PIN.</source>
        <comment>error.sign_in_refused</comment>
        <translation>Nama pengguna atau PIN salah.</translation>
    </message>
    <message>
        <source>The simulation was cancelled.</source>
        <comment>error.simulation_cancelled</comment>
        <translation>Simulasi dibatalkan.</translation>
    </message>
    <message>
        <source>The chain&apos;s snapshot holds a member or card twice: {why}</source>
        <comment>error.snapshot_duplicate</comment>
        <translation>Snapshot jaringan memuat anggota atau kartu dua kali: {why}</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <comment>error.staff_exists</comment>
        <translation>Nama pengguna {username} sudah dipakai.</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <comment>error.store_busy</comment>
        <translation>Basis data sedang sibuk; silakan coba lagi.</translation>
    </message>
    <message>
        <source>The database refused the operation: backup to {dest} failed: {error}.</source>
        <comment>error.store_error.backup_failed</comment>
        <translation>Basis data menolak operasi: pencadangan ke {dest} gagal: {error}.</translation>
    </message>
    <message>
        <source>The database refused the operation: cannot open {path}: {error}.</source>
        <comment>error.store_error.cannot_open</comment>
        <translation>Basis data menolak operasi: tidak dapat membuka {path}: {error}.</translation>
    </message>
    <message>
        <source>The database refused the operation: the database cannot use write-ahead logging here (journal mode {mode}).</source>
        <comment>error.store_error.wal</comment>
        <translation>Basis data menolak operasi: basis data tidak dapat memakai write-ahead logging di sini (mode jurnal {mode}).</translation>
    </message>
    <message>
        <source>The sync with the chain server failed.</source>
        <comment>error.sync_failed</comment>
        <translation>Sinkronisasi dengan server jaringan gagal.</translation>
    </message>
    <message>
        <source>The chain server&apos;s enrolment answer has no terminal id or token.</source>
        <comment>error.sync_failed.enrolment</comment>
        <translation>Jawaban pendaftaran server jaringan tidak memiliki id terminal atau token.</translation>
    </message>
    <message>
        <source>The chain server&apos;s publication has no version.</source>
        <comment>error.sync_failed.no_version</comment>
        <translation>Terbitan server jaringan tidak memiliki versi.</translation>
    </message>
    <message>
        <source>The chain server answered something that is not the protocol (HTTP {status}).</source>
        <comment>error.sync_failed.not_protocol</comment>
        <translation>Server jaringan menjawab sesuatu yang bukan protokolnya (HTTP {status}).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted ({url}): {reason}</source>
        <comment>error.sync_registration_refused.bad_certificate</comment>
        <translation>Sertifikat server tidak diterima ({url}): {reason}</translation>
    </message>
    <message>
        <source>This till was disconnected from the chain (its token was revoked); register it again.</source>
        <comment>error.sync_registration_refused.disconnected</comment>
        <translation>Kasir ini diputus dari jaringan (tokennya dicabut); daftarkan lagi.</translation>
    </message>
    <message>
        <source>{problem} (not {url!r})</source>
        <comment>error.sync_registration_refused.insecure_url</comment>
        <translation>{problem} (bukan {url!r})</translation>
    </message>
    <message>
        <source>The server address starts with https:// and names a host, e.g. https://chain.example.com (not {url!r})</source>
        <comment>error.sync_registration_refused.insecure_url_no_host</comment>
        <translation>Alamat server diawali https:// dan menyebut nama host, mis. https://chain.example.com (bukan {url!r})</translation>
    </message>
    <message>
        <source>Use https:// for the server: plain http:// is only for a server on this computer (localhost) (not {url!r})</source>
        <comment>error.sync_registration_refused.insecure_url_plain_http</comment>
        <translation>Gunakan https:// untuk server: http:// biasa hanya untuk server di komputer ini (localhost) (bukan {url!r})</translation>
    </message>
    <message>
        <source>This till is not registered with a chain server (loyalty-pos sync register).</source>
        <comment>error.sync_registration_refused.not_registered</comment>
        <translation>Kasir ini belum terdaftar di server jaringan (loyalty-pos sync register).</translation>
    </message>
    <message>
        <source>The chain server cannot be reached ({url}).</source>
        <comment>error.sync_registration_refused.offline</comment>
        <translation>Server jaringan tidak dapat dihubungi ({url}).</translation>
    </message>
    <message>
        <source>The connection to the chain server failed: {reason}</source>
        <comment>error.sync_registration_refused.offline_connection</comment>
        <translation>Koneksi ke server jaringan gagal: {reason}</translation>
    </message>
    <message>
        <source>The chain server did not answer in time ({url}).</source>
        <comment>error.sync_registration_refused.offline_timeout</comment>
        <translation>Server jaringan tidak menjawab tepat waktu ({url}).</translation>
    </message>
    <message>
        <source>The chain server is unavailable (HTTP {status}); try again later.</source>
        <comment>error.sync_registration_refused.offline_unavailable</comment>
        <translation>Server jaringan sedang tidak tersedia (HTTP {status}); coba lagi nanti.</translation>
    </message>
    <message>
        <source>The chain server sent an event this till cannot read: {problem}</source>
        <comment>error.sync_registration_refused.protocol</comment>
        <translation>Server jaringan mengirim peristiwa yang tidak dapat dibaca kasir ini: {problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot has no as_of.</source>
        <comment>error.sync_registration_refused.protocol_as_of</comment>
        <translation>Snapshot server jaringan tidak memiliki as_of.</translation>
    </message>
    <message>
        <source>The chain server sent a snapshot member this till cannot read: {problem}</source>
        <comment>error.sync_registration_refused.protocol_member</comment>
        <translation>Server jaringan mengirim anggota snapshot yang tidak dapat dibaca kasir ini: {problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot page has no members list.</source>
        <comment>error.sync_registration_refused.protocol_members</comment>
        <translation>Halaman snapshot server jaringan tidak memiliki daftar anggota.</translation>
    </message>
    <message>
        <source>The chain server&apos;s pull answer has no events list or cursor.</source>
        <comment>error.sync_registration_refused.protocol_pull</comment>
        <translation>Jawaban tarik server jaringan tidak memiliki daftar peristiwa atau kursor.</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot does not move on: its next page starts at {after!r} after {asked!r}.</source>
        <comment>error.sync_registration_refused.protocol_stuck</comment>
        <translation>Snapshot server jaringan tidak maju: halaman berikutnya dimulai di {after!r} setelah {asked!r}.</translation>
    </message>
    <message>
        <source>Head office&apos;s publication cannot be used: {problem}</source>
        <comment>error.sync_registration_refused.publication_invalid</comment>
        <translation>Terbitan kantor pusat tidak dapat digunakan: {problem}</translation>
    </message>
    <message>
        <source>The chain server refused the request: {detail}</source>
        <comment>error.sync_registration_refused.refused</comment>
        <translation>Server jaringan menolak permintaan: {detail}</translation>
    </message>
    <message>
        <source>The sync with the chain server failed.</source>
        <comment>error.sync_registration_refused.sync_failed</comment>
        <translation>Sinkronisasi dengan server jaringan gagal.</translation>
    </message>
    <message>
        <source>The chain server&apos;s enrolment answer has no terminal id or token.</source>
        <comment>error.sync_registration_refused.sync_failed_enrolment</comment>
        <translation>Jawaban pendaftaran server jaringan tidak memiliki id terminal atau token.</translation>
    </message>
    <message>
        <source>The chain server&apos;s publication has no version.</source>
        <comment>error.sync_registration_refused.sync_failed_no_version</comment>
        <translation>Terbitan server jaringan tidak memiliki versi.</translation>
    </message>
    <message>
        <source>The chain server answered something that is not the protocol (HTTP {status}).</source>
        <comment>error.sync_registration_refused.sync_failed_not_protocol</comment>
        <translation>Server jaringan menjawab sesuatu yang bukan protokolnya (HTTP {status}).</translation>
    </message>
    <message>
        <source>This till may hand out at most {cap} points of rewards a day; {used} are already redeemed here today, so {left} are left.</source>
        <comment>error.terminal_redeem_cap</comment>
        <translation>Kasir ini boleh memberikan hadiah paling banyak {cap} poin per hari; {used} sudah ditukar di sini hari ini, jadi tersisa {left}.</translation>
    </message>
    <message>
        <source>A removed tier is still required by {users}; change those first</source>
        <comment>error.tier_in_use</comment>
        <translation>Tingkat yang dihapus masih diperlukan oleh {users}; ubah itu dulu</translation>
    </message>
    <message>
        <source>Every tier needs a code and a name</source>
        <comment>error.tier_needs_name</comment>
        <translation>Setiap tingkat memerlukan kode dan nama</translation>
    </message>
    <message>
        <source>{currency} has {exponent} decimals; {text!r} has {decimals}</source>
        <comment>error.too_many_decimals</comment>
        <translation>{currency} memiliki {exponent} desimal; {text!r} memiliki {decimals}</translation>
    </message>
    <message>
        <source>At most {limit} codes per import</source>
        <comment>error.too_many_partner_codes</comment>
        <translation>Paling banyak {limit} kode per impor</translation>
    </message>
    <message>
        <source>Choose two different members</source>
        <comment>error.transfer_same_member</comment>
        <translation>Pilih dua anggota yang berbeda</translation>
    </message>
    <message>
        <source>Transfers go in steps of {step:,} points</source>
        <comment>error.transfer_step</comment>
        <translation>Transfer dilakukan kelipatan {step:,} poin</translation>
    </message>
    <message>
        <source>Something went wrong ({detail}). Nothing was saved; please try again.</source>
        <comment>error.unexpected_error</comment>
        <translation>Terjadi kesalahan ({detail}). Tidak ada yang disimpan; silakan coba lagi.</translation>
    </message>
    <message>
        <source>There is no category {unknown}; add it under Products first</source>
        <comment>error.unknown_category</comment>
        <translation>Tidak ada kategori {unknown}; tambahkan dulu di Produk</translation>
    </message>
    <message>
        <source>There is no category or product {unknown}; add it under Products first</source>
        <comment>error.unknown_counted</comment>
        <translation>Tidak ada kategori atau produk {unknown}; tambahkan dulu di Produk</translation>
    </message>
    <message>
        <source>The sale has no line {line}</source>
        <comment>error.unknown_line</comment>
        <translation>Penjualan tidak punya baris {line}</translation>
    </message>
    <message>
        <source>Product {key} was not found.</source>
        <comment>error.unknown_product</comment>
        <translation>Produk {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>{name} names a tier the program has not: {tier}</source>
        <comment>error.unknown_tier</comment>
        <translation>{name} menyebut tingkat yang tidak ada di program: {tier}</translation>
    </message>
    <message>
        <source>That does not match what is on file for {name}: no points can be spent. Scan their card instead.</source>
        <comment>error.verification_failed</comment>
        <translation>Itu tidak cocok dengan data {name}: poin tidak bisa dipakai. Pindai kartunya saja.</translation>
    </message>
    <message>
        <source>Nothing is on file to check {name} against: scan their card to spend points.</source>
        <comment>error.verification_impossible</comment>
        <translation>Tidak ada data untuk mengecek {name}: pindai kartunya untuk memakai poin.</translation>
    </message>
    <message>
        <source>{name} was found by search, not by their card: ask for their birth date before spending points.</source>
        <comment>error.verify_by_birth_date</comment>
        <translation>{name} ditemukan lewat pencarian, bukan kartunya: tanyakan tanggal lahirnya sebelum memakai poin.</translation>
    </message>
    <message>
        <source>{name} was found by search, not by their card: ask for the last {digits} digits of their phone before spending points.</source>
        <comment>error.verify_by_phone</comment>
        <translation>{name} ditemukan lewat pencarian, bukan kartunya: tanyakan {digits} digit terakhir teleponnya sebelum memakai poin.</translation>
    </message>
    <message>
        <source>Type a PIN.</source>
        <comment>error.weak_pin</comment>
        <translation>Ketik PIN.</translation>
    </message>
    <message>
        <source>A PIN is digits only.</source>
        <comment>error.weak_pin.digits_only</comment>
        <translation>PIN hanya berisi angka.</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is the first one anyone tries; choose another.</source>
        <comment>error.weak_pin.repeated</comment>
        <translation>PIN berisi satu angka berulang adalah yang pertama dicoba orang; pilih yang lain.</translation>
    </message>
    <message>
        <source>A PIN of digits in a row (like 1234 or 9876) is easy to guess; choose another.</source>
        <comment>error.weak_pin.sequence</comment>
        <translation>PIN berisi angka berurutan (seperti 1234 atau 9876) mudah ditebak; pilih yang lain.</translation>
    </message>
    <message>
        <source>A PIN has at most 12 digits.</source>
        <comment>error.weak_pin.too_long</comment>
        <translation>PIN paling banyak 12 digit.</translation>
    </message>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <comment>error.weak_pin.too_short</comment>
        <translation>PIN minimal 4 digit.</translation>
    </message>
    <message>
        <source>This shop has several managers ({names}): name one with --manager.</source>
        <comment>error.which_manager</comment>
        <translation>Toko ini memiliki beberapa manajer ({names}): sebutkan satu dengan --manager.</translation>
    </message>
    <message>
        <source>member retention needs --years N</source>
        <comment>error.years_required</comment>
        <translation>member retention memerlukan --years N</translation>
    </message>
    <message>
        <source>An adjustment moves at least 1 point</source>
        <comment>error.zero_points</comment>
        <translation>Penyesuaian memindahkan minimal 1 poin</translation>
    </message>
    <message>
        <source>A ledger entry moves at least 1 point</source>
        <comment>error.zero_points.entry</comment>
        <translation>Entri buku poin memindahkan minimal 1 poin</translation>
    </message>
    <message>
        <source>a ledger entry moves at least 1 point</source>
        <comment>error.zero_points.ledger</comment>
        <translation>entri buku poin memindahkan minimal 1 poin</translation>
    </message>
    <message>
        <source>Choose what the member does to earn the bonus.</source>
        <comment>field.campaign_action</comment>
        <translation>Pilih apa yang dilakukan anggota untuk mendapat bonus.</translation>
    </message>
    <message>
        <source>The till awards only these actions: {actions}.</source>
        <comment>field.campaign_action_not_awarded</comment>
        <translation>Kasir hanya memberi bonus untuk tindakan ini: {actions}.</translation>
    </message>
    <message>
        <source>The bonus must be at least 1 point.</source>
        <comment>field.campaign_bonus</comment>
        <translation>Bonus paling sedikit 1 poin.</translation>
    </message>
    <message>
        <source>Hold out 0 to {most} % of members.</source>
        <comment>field.campaign_holdout</comment>
        <translation>Sisihkan 0 sampai {most} % anggota.</translation>
    </message>
    <message>
        <source>The hours must start before they end.</source>
        <comment>field.campaign_hours</comment>
        <translation>Jam harus mulai sebelum berakhir.</translation>
    </message>
    <message>
        <source>Say after how many days without a visit a member is welcomed back (1 or more).</source>
        <comment>field.campaign_lapsed_days</comment>
        <translation>Tentukan setelah berapa hari tanpa kunjungan anggota disambut kembali (1 atau lebih).</translation>
    </message>
    <message>
        <source>A member may earn it 1 to {most} times per period, or leave the limit off.</source>
        <comment>field.campaign_limit</comment>
        <translation>Anggota dapat memperolehnya 1 sampai {most} kali per periode, atau tanpa batas.</translation>
    </message>
    <message>
        <source>The minimum spend cannot be negative.</source>
        <comment>field.campaign_min_spend</comment>
        <translation>Belanja minimum tidak boleh negatif.</translation>
    </message>
    <message>
        <source>A multiplier must be above 100 % (200 % is double points).</source>
        <comment>field.campaign_multiplier</comment>
        <translation>Pengali harus di atas 100 % (200 % berarti poin ganda).</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <comment>field.campaign_name_empty</comment>
        <translation>Beri nama kampanye.</translation>
    </message>
    <message>
        <source>Names in other languages are one line each, up to 80 characters.</source>
        <comment>field.campaign_names</comment>
        <translation>Nama dalam bahasa lain masing-masing satu baris, paling banyak 80 karakter.</translation>
    </message>
    <message>
        <source>The odds must be 1 in 2 or rarer.</source>
        <comment>field.campaign_odds</comment>
        <translation>Peluangnya harus 1 banding 2 atau lebih jarang.</translation>
    </message>
    <message>
        <source>Choose an amount-off, percent-off or free-product reward as the prize.</source>
        <comment>field.campaign_prize</comment>
        <translation>Pilih hadiah potongan nominal, potongan persen, atau produk gratis sebagai hadiahnya.</translation>
    </message>
    <message>
        <source>Choose the country the shop is in.</source>
        <comment>field.country_unknown</comment>
        <translation>Pilih negara tempat toko berada.</translation>
    </message>
    <message>
        <source>Choose the currency the shop&apos;s prices are in.</source>
        <comment>field.currency_unknown</comment>
        <translation>Pilih mata uang harga toko.</translation>
    </message>
    <message>
        <source>{flag}: {problem}</source>
        <comment>field.flagged</comment>
        <translation>{flag}: {problem}</translation>
    </message>
    <message>
        <source>Set the last day for entries (Valid until): the draw is after it.</source>
        <comment>field.giveaway_close</comment>
        <translation>Tetapkan hari terakhir pendaftaran (Berlaku sampai): undian dilakukan setelahnya.</translation>
    </message>
    <message>
        <source>The image must be a PNG picture chosen with the image button.</source>
        <comment>field.image_not_png</comment>
        <translation>Gambar harus berupa gambar PNG yang dipilih dengan tombol gambar.</translation>
    </message>
    <message>
        <source>The image is too large; choose a smaller picture.</source>
        <comment>field.image_too_large</comment>
        <translation>Gambar terlalu besar; pilih gambar yang lebih kecil.</translation>
    </message>
    <message>
        <source>The image could not be read; choose it again.</source>
        <comment>field.image_unreadable</comment>
        <translation>Gambar tidak dapat dibaca; pilih lagi.</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <comment>field.language_unknown</comment>
        <translation>Pilih salah satu bahasa yang tersedia.</translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <comment>field.last_day_before_first</comment>
        <translation>Hari terakhir harus sama dengan atau sesudah hari pertama.</translation>
    </message>
    <message>
        <source>The logo must be a PNG picture.</source>
        <comment>field.logo_not_png</comment>
        <translation>Logo harus berupa gambar PNG.</translation>
    </message>
    <message>
        <source>The logo is over {kb} KB even scaled; choose a simpler picture.</source>
        <comment>field.logo_too_large</comment>
        <translation>Logo lebih dari {kb} KB walau sudah diperkecil; pilih gambar yang lebih sederhana.</translation>
    </message>
    <message>
        <source>Type the manager&apos;s name.</source>
        <comment>field.manager_name_empty</comment>
        <translation>Ketik nama manajer.</translation>
    </message>
    <message>
        <source>There is no product {products}; remove it from the list.</source>
        <comment>field.no_excluded_product</comment>
        <translation>Tidak ada produk {products}; hapus dari daftar.</translation>
    </message>
    <message>
        <source>There is no category {categories}; choose from the list.</source>
        <comment>field.no_such_categories</comment>
        <translation>Tidak ada kategori {categories}; pilih dari daftar.</translation>
    </message>
    <message>
        <source>There is no category {category}; choose one from the list.</source>
        <comment>field.no_such_category</comment>
        <translation>Tidak ada kategori {category}; pilih dari daftar.</translation>
    </message>
    <message>
        <source>There is no product {product}; choose one from the catalog.</source>
        <comment>field.no_such_product</comment>
        <translation>Tidak ada produk {product}; pilih dari katalog.</translation>
    </message>
    <message>
        <source>There is no product {products}; type codes from the catalog.</source>
        <comment>field.no_such_products</comment>
        <translation>Tidak ada produk {products}; ketik kode dari katalog.</translation>
    </message>
    <message>
        <source>There is no segment {segment}; choose one from the list.</source>
        <comment>field.no_such_segment</comment>
        <translation>Tidak ada segmen {segment}; pilih dari daftar.</translation>
    </message>
    <message>
        <source>There is no tier {tier}; choose one of the program&apos;s tiers.</source>
        <comment>field.no_such_tier</comment>
        <translation>Tidak ada tingkat {tier}; pilih salah satu tingkat program.</translation>
    </message>
    <message>
        <source>A PIN is digits only.</source>
        <comment>field.pin_digits_only</comment>
        <translation>PIN hanya berisi angka.</translation>
    </message>
    <message>
        <source>Type a PIN.</source>
        <comment>field.pin_empty</comment>
        <translation>Ketik PIN.</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is the first one anyone tries; choose another.</source>
        <comment>field.pin_repeated</comment>
        <translation>PIN berisi satu angka berulang adalah yang pertama dicoba orang; pilih yang lain.</translation>
    </message>
    <message>
        <source>A PIN of digits in a row (like 1234 or 9876) is easy to guess; choose another.</source>
        <comment>field.pin_sequence</comment>
        <translation>PIN berisi angka berurutan (seperti 1234 atau 9876) mudah ditebak; pilih yang lain.</translation>
    </message>
    <message>
        <source>A PIN has at most {digits} digits.</source>
        <comment>field.pin_too_long</comment>
        <translation>PIN paling banyak {digits} angka.</translation>
    </message>
    <message>
        <source>A PIN has at least {digits} digits.</source>
        <comment>field.pin_too_short</comment>
        <translation>PIN paling sedikit {digits} angka.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <comment>field.pins_differ</comment>
        <translation>Kedua PIN berbeda; ketik PIN yang sama dua kali.</translation>
    </message>
    <message>
        <source>The amount must be above 0.</source>
        <comment>field.reward_amount</comment>
        <translation>Jumlah harus di atas 0.</translation>
    </message>
    <message>
        <source>Choose a limit period: day, week, month, year or ever.</source>
        <comment>field.reward_limit_period</comment>
        <translation>Pilih periode batas: hari, minggu, bulan, tahun, atau selamanya.</translation>
    </message>
    <message>
        <source>Give the reward a name.</source>
        <comment>field.reward_name_empty</comment>
        <translation>Beri nama hadiah.</translation>
    </message>
    <message>
        <source>Names in other languages are one line each, up to 80 characters (a description up to 200).</source>
        <comment>field.reward_names</comment>
        <translation>Nama dalam bahasa lain masing-masing satu baris, paling banyak 80 karakter (deskripsi paling banyak 200).</translation>
    </message>
    <message>
        <source>Type the partner&apos;s offer as the receipt prints it.</source>
        <comment>field.reward_partner</comment>
        <translation>Ketik penawaran mitra seperti yang dicetak di struk.</translation>
    </message>
    <message>
        <source>The per-member limit must be above 0, or none.</source>
        <comment>field.reward_per_member_limit</comment>
        <translation>Batas per anggota harus di atas 0, atau tanpa batas.</translation>
    </message>
    <message>
        <source>The percent must be between 1 and 100.</source>
        <comment>field.reward_percent</comment>
        <translation>Persentase harus antara 1 dan 100.</translation>
    </message>
    <message>
        <source>The value of the points must be above 0.</source>
        <comment>field.reward_point_value</comment>
        <translation>Nilai poin harus di atas 0.</translation>
    </message>
    <message>
        <source>The points price must be above 0.</source>
        <comment>field.reward_points_cost</comment>
        <translation>Harga poin harus di atas 0.</translation>
    </message>
    <message>
        <source>List 1 to {limit} other rewards to draw from, each once, with weights above 0.</source>
        <comment>field.reward_pool</comment>
        <translation>Cantumkan 1 sampai {limit} hadiah lain untuk diundi, masing-masing sekali, dengan bobot di atas 0.</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <comment>field.reward_product</comment>
        <translation>Pilih produk.</translation>
    </message>
    <message>
        <source>Buy and free quantities must both be above 0.</source>
        <comment>field.reward_quantities</comment>
        <translation>Jumlah beli dan gratis harus sama-sama di atas 0.</translation>
    </message>
    <message>
        <source>Stock must be 0 or more, or unlimited.</source>
        <comment>field.reward_stock</comment>
        <translation>Stok harus 0 atau lebih, atau tanpa batas.</translation>
    </message>
    <message>
        <source>Draw at least 1 winner.</source>
        <comment>field.reward_winners</comment>
        <translation>Undi paling sedikit 1 pemenang.</translation>
    </message>
    <message>
        <source>Look back 1 to {most} days.</source>
        <comment>field.segment_days</comment>
        <translation>Rentang 1 sampai {most} hari.</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <comment>field.segment_name_empty</comment>
        <translation>Beri nama segmen.</translation>
    </message>
    <message>
        <source>Names in other languages are one line each, up to 80 characters.</source>
        <comment>field.segment_names</comment>
        <translation>Nama dalam bahasa lain masing-masing satu baris, paling banyak 80 karakter.</translation>
    </message>
    <message>
        <source>The spend must be above 0.</source>
        <comment>field.segment_spend</comment>
        <translation>Belanja harus di atas 0.</translation>
    </message>
    <message>
        <source>Choose the tier.</source>
        <comment>field.segment_tier</comment>
        <translation>Pilih tingkatnya.</translation>
    </message>
    <message>
        <source>At least 1 visit.</source>
        <comment>field.segment_visits</comment>
        <translation>Minimal 1 kunjungan.</translation>
    </message>
    <message>
        <source>At most {lines} lines of {characters} characters.</source>
        <comment>field.shop_address_too_long</comment>
        <translation>Paling banyak {lines} baris, masing-masing {characters} karakter.</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name as customers know it.</source>
        <comment>field.shop_name_empty</comment>
        <translation>Ketik nama toko seperti yang dikenal pelanggan.</translation>
    </message>
    <message>
        <source>At most {limit} characters: a receipt&apos;s header holds no more.</source>
        <comment>field.shop_name_too_long</comment>
        <translation>Paling banyak {limit} karakter: kepala struk tidak muat lebih.</translation>
    </message>
    <message>
        <source>Name the item that earns a stamp, e.g. Coffee.</source>
        <comment>field.stamp_item_empty</comment>
        <translation>Sebutkan barang yang mendapat stempel, mis. Kopi.</translation>
    </message>
    <message>
        <source>A stamp card needs the item that earns a stamp.</source>
        <comment>field.stamp_item_missing</comment>
        <translation>Kartu stempel memerlukan barang yang mendapat stempel.</translation>
    </message>
    <message>
        <source>Type the item&apos;s price, above 0.</source>
        <comment>field.stamp_price_missing</comment>
        <translation>Ketik harga barang, di atas 0.</translation>
    </message>
    <message>
        <source>{timezone!r} is not a time zone; choose one like Europe/Oslo.</source>
        <comment>field.timezone_unknown</comment>
        <translation>{timezone!r} bukan zona waktu; pilih seperti Asia/Jakarta.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <comment>field.too_long</comment>
        <translation>Paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>Base {points} pts / {amount}</source>
        <comment>points.base_many</comment>
        <translation>Dasar {points} poin / {amount}</translation>
    </message>
    <message>
        <source>Base {points} pt / {amount}</source>
        <comment>points.base_one</comment>
        <translation>Dasar {points} poin / {amount}</translation>
    </message>
    <message>
        <source>Happy birthday: {campaign}</source>
        <comment>points.birthday</comment>
        <translation>Selamat ulang tahun: {campaign}</translation>
    </message>
    <message>
        <source>Bonus: {campaign}</source>
        <comment>points.campaign_bonus</comment>
        <translation>Bonus kampanye: {campaign}</translation>
    </message>
    <message>
        <source>{campaign} {hours}: x{multiplier}</source>
        <comment>points.campaign_hours</comment>
        <translation>{campaign} {hours}: x{multiplier}</translation>
    </message>
    <message>
        <source>{campaign} {hours}: x{multiplier} on {scope}</source>
        <comment>points.campaign_hours_on</comment>
        <translation>{campaign} {hours}: x{multiplier} untuk {scope}</translation>
    </message>
    <message>
        <source>{campaign} x{multiplier}</source>
        <comment>points.campaign_multiplier</comment>
        <translation>Kampanye {campaign} x{multiplier}</translation>
    </message>
    <message>
        <source>{category} x{multiplier}</source>
        <comment>points.category_multiplier</comment>
        <translation>Kategori {category} x{multiplier}</translation>
    </message>
    <message>
        <source>Daily cap {cap}</source>
        <comment>points.daily_cap</comment>
        <translation>Batas harian {cap}</translation>
    </message>
    <message>
        <source>Instant win: {campaign}</source>
        <comment>points.instant_win</comment>
        <translation>Menang instan: {campaign}</translation>
    </message>
    <message>
        <source>{count} points</source>
        <comment>points.many</comment>
        <translation>{count} poin</translation>
    </message>
    <message>
        <source>Below minimum basket {amount}</source>
        <comment>points.minimum_basket</comment>
        <translation>Di bawah belanja minimum {amount}</translation>
    </message>
    <message>
        <source>Purchase points not below 0</source>
        <comment>points.no_negative</comment>
        <translation>Poin pembelian tidak di bawah 0</translation>
    </message>
    <message>
        <source>{count} point</source>
        <comment>points.one</comment>
        <translation>{count} poin</translation>
    </message>
    <message>
        <source>{product} x{multiplier}</source>
        <comment>points.product_multiplier</comment>
        <translation>Produk {product} x{multiplier}</translation>
    </message>
    <message>
        <source>Referred by a friend: {campaign}</source>
        <comment>points.referral</comment>
        <translation>Direkomendasikan teman: {campaign}</translation>
    </message>
    <message>
        <source>A friend you referred: {campaign}</source>
        <comment>points.referrer</comment>
        <translation>Teman yang Anda rekomendasikan: {campaign}</translation>
    </message>
    <message>
        <source>Cap per sale {cap}</source>
        <comment>points.sale_cap</comment>
        <translation>Batas per penjualan {cap}</translation>
    </message>
    <message>
        <source>Till&apos;s daily cap {cap}</source>
        <comment>points.terminal_cap</comment>
        <translation>Batas harian kasir {cap}</translation>
    </message>
    <message>
        <source>{tier} tier x{multiplier}</source>
        <comment>points.tier_multiplier</comment>
        <translation>Tingkat {tier} x{multiplier}</translation>
    </message>
    <message>
        <source>Volume: {rule}</source>
        <comment>points.volume_bonus</comment>
        <translation>Volume: {rule}</translation>
    </message>
    <message>
        <source>Welcome back: {campaign}</source>
        <comment>points.win_back</comment>
        <translation>Selamat datang kembali: {campaign}</translation>
    </message>
    <message>
        <source>Amount due</source>
        <comment>receipt.amount_due</comment>
        <translation>Jumlah yang harus dibayar</translation>
    </message>
    <message>
        <source>Balance</source>
        <comment>receipt.balance</comment>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Daily points cap reached: {earned} of {uncapped} points earned</source>
        <comment>receipt.cap.daily_cap</comment>
        <translation>Batas poin harian tercapai: {earned} dari {uncapped} poin diperoleh</translation>
    </message>
    <message>
        <source>Points cap per sale reached: {earned} of {uncapped} points earned</source>
        <comment>receipt.cap.sale_cap</comment>
        <translation>Batas poin per penjualan tercapai: {earned} dari {uncapped} poin diperoleh</translation>
    </message>
    <message>
        <source>This till&apos;s daily points cap reached: {earned} of {uncapped} points earned</source>
        <comment>receipt.cap.terminal_cap</comment>
        <translation>Batas poin harian kasir ini tercapai: {earned} dari {uncapped} poin diperoleh</translation>
    </message>
    <message>
        <source>{name}: {count} of {target}</source>
        <comment>receipt.challenge</comment>
        <translation>{name}: {count} dari {target}</translation>
    </message>
    <message>
        <source>{name} complete: +{points}</source>
        <comment>receipt.challenge_done</comment>
        <translation>{name} selesai: +{points}</translation>
    </message>
    <message>
        <source>COPY - NOT A NEW SALE</source>
        <comment>receipt.copy</comment>
        <translation>SALINAN - BUKAN PENJUALAN BARU</translation>
    </message>
    <message>
        <source>Discount</source>
        <comment>receipt.discount</comment>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Discounts</source>
        <comment>receipt.discounts</comment>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Discounts kept</source>
        <comment>receipt.discounts_kept</comment>
        <translation>Diskon yang tetap berlaku</translation>
    </message>
    <message>
        <source>Donated {points} = {amount} to {charity}</source>
        <comment>receipt.donated</comment>
        <translation>Didonasikan {points} = {amount} untuk {charity}</translation>
    </message>
    <message>
        <source>{points} expire on {day}</source>
        <comment>receipt.expires_many</comment>
        <translation>{points} kedaluwarsa pada {day}</translation>
    </message>
    <message>
        <source>{points} expires on {day}</source>
        <comment>receipt.expires_one</comment>
        <translation>{points} kedaluwarsa pada {day}</translation>
    </message>
    <message>
        <source>Left on card {card}</source>
        <comment>receipt.gift_card_left</comment>
        <translation>Sisa di kartu {card}</translation>
    </message>
    <message>
        <source>Gift card {card}</source>
        <comment>receipt.gift_card_paid</comment>
        <translation>Kartu hadiah {card}</translation>
    </message>
    <message>
        <source>Back on gift card {card}</source>
        <comment>receipt.gift_card_refunded</comment>
        <translation>Kembali ke kartu hadiah {card}</translation>
    </message>
    <message>
        <source>Gift card sale: key {amount} into the register</source>
        <comment>receipt.gift_card_register</comment>
        <translation>Penjualan kartu hadiah: masukkan {amount} ke mesin kasir</translation>
    </message>
    <message>
        <source>Gift card {card} sold</source>
        <comment>receipt.gift_card_sold</comment>
        <translation>Kartu hadiah {card} terjual</translation>
    </message>
    <message>
        <source>Gift card {card} topped up</source>
        <comment>receipt.gift_card_topped_up</comment>
        <translation>Kartu hadiah {card} diisi ulang</translation>
    </message>
    <message>
        <source>Instant win: {reward}</source>
        <comment>receipt.instant_win</comment>
        <translation>Menang instan: {reward}</translation>
    </message>
    <message>
        <source>Invite a friend: code {code}</source>
        <comment>receipt.invite_friend</comment>
        <translation>Ajak teman: kode {code}</translation>
    </message>
    <message>
        <source>Member {name}</source>
        <comment>receipt.member</comment>
        <translation>Anggota {name}</translation>
    </message>
    <message>
        <source>Member price</source>
        <comment>receipt.member_price</comment>
        <translation>Harga anggota</translation>
    </message>
    <message>
        <source>{amount} more to {target}</source>
        <comment>receipt.more_money</comment>
        <translation>{amount} lagi menuju {target}</translation>
    </message>
    <message>
        <source>{count} more points to {target}</source>
        <comment>receipt.more_points_many</comment>
        <translation>{count} poin lagi menuju {target}</translation>
    </message>
    <message>
        <source>{count} more point to {target}</source>
        <comment>receipt.more_points_one</comment>
        <translation>{count} poin lagi menuju {target}</translation>
    </message>
    <message>
        <source>New badge: {name}</source>
        <comment>receipt.new_badge</comment>
        <translation>Lencana baru: {name}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <comment>receipt.number</comment>
        <translation>Struk {number}</translation>
    </message>
    <message>
        <source>Paid by {tender}</source>
        <comment>receipt.paid_by</comment>
        <translation>Dibayar dengan {tender}</translation>
    </message>
    <message>
        <source>Paid on the shop&apos;s register</source>
        <comment>receipt.paid_on_register</comment>
        <translation>Dibayar di mesin kasir toko</translation>
    </message>
    <message>
        <source>{name} until {day}</source>
        <comment>receipt.paid_tier_until</comment>
        <translation>{name} sampai {day}</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <comment>receipt.paid_with_points</comment>
        <translation>Dibayar dengan poin</translation>
    </message>
    <message>
        <source>Points earned</source>
        <comment>receipt.points_earned</comment>
        <translation>Poin diperoleh</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <comment>receipt.points_redeemed</comment>
        <translation>Poin ditukar</translation>
    </message>
    <message>
        <source>Points restored</source>
        <comment>receipt.points_restored</comment>
        <translation>Poin dikembalikan</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <comment>receipt.points_taken_back</comment>
        <translation>Poin ditarik kembali</translation>
    </message>
    <message>
        <source>{points} used</source>
        <comment>receipt.points_used</comment>
        <translation>{points} dipakai</translation>
    </message>
    <message>
        <source>REFUND</source>
        <comment>receipt.refund</comment>
        <translation>PENGEMBALIAN DANA</translation>
    </message>
    <message>
        <source>Refunded by {tender}</source>
        <comment>receipt.refunded_by</comment>
        <translation>Dikembalikan via {tender}</translation>
    </message>
    <message>
        <source>Register receipt {number}</source>
        <comment>receipt.register_receipt</comment>
        <translation>Struk mesin kasir {number}</translation>
    </message>
    <message>
        <source>RETURN</source>
        <comment>receipt.return</comment>
        <translation>PENGEMBALIAN</translation>
    </message>
    <message>
        <source>Return of receipt {number}</source>
        <comment>receipt.return_of</comment>
        <translation>Pengembalian struk {number}</translation>
    </message>
    <message>
        <source>Reward</source>
        <comment>receipt.reward</comment>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Rewards (included above)</source>
        <comment>receipt.rewards_included</comment>
        <translation>Hadiah (sudah termasuk di atas)</translation>
    </message>
    <message>
        <source>Points are rounded up to whole points.</source>
        <comment>receipt.rounding.ceiling</comment>
        <translation>Poin dibulatkan ke atas menjadi poin utuh.</translation>
    </message>
    <message>
        <source>Points are rounded down to whole points.</source>
        <comment>receipt.rounding.down</comment>
        <translation>Poin dibulatkan ke bawah menjadi poin utuh.</translation>
    </message>
    <message>
        <source>Points are rounded down to whole points.</source>
        <comment>receipt.rounding.floor</comment>
        <translation>Poin dibulatkan ke bawah menjadi poin utuh.</translation>
    </message>
    <message>
        <source>Points are rounded to the nearest whole point (a half to the even one).</source>
        <comment>receipt.rounding.half_even</comment>
        <translation>Poin dibulatkan ke poin utuh terdekat (setengah ke bilangan genap).</translation>
    </message>
    <message>
        <source>Points are rounded to the nearest whole point (a half up).</source>
        <comment>receipt.rounding.half_up</comment>
        <translation>Poin dibulatkan ke poin utuh terdekat (setengah ke atas).</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <comment>receipt.subtotal</comment>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>TEST PRINT - NOT A SALE</source>
        <comment>receipt.test_print</comment>
        <translation>CETAKAN UJI - BUKAN PENJUALAN</translation>
    </message>
    <message>
        <source>Thank you for shopping with us!</source>
        <comment>receipt.thank_you</comment>
        <translation>Terima kasih telah berbelanja di tempat kami!</translation>
    </message>
    <message>
        <source>Till {till}, cashier {cashier}</source>
        <comment>receipt.till_cashier</comment>
        <translation>Kasir {till}, petugas {cashier}</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <comment>receipt.total</comment>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>TRAINING — NOT A SALE</source>
        <comment>receipt.training</comment>
        <translation>PELATIHAN — BUKAN PENJUALAN</translation>
    </message>
    <message>
        <source>Volume discount {percent} %</source>
        <comment>receipt.volume_discount</comment>
        <translation>Diskon volume {percent} %</translation>
    </message>
    <message>
        <source>it is another shop&apos;s backup (shop {backup_shop}; this is shop {current_shop}): its data and card keys would replace this shop&apos;s</source>
        <comment>restore_consent.other_shop</comment>
        <translation>ini cadangan toko lain (toko {backup_shop}; ini toko {current_shop}): data dan kunci kartunya akan menggantikan milik toko ini</translation>
    </message>
    <message>
        <source>its card keys ({arriving}) are not this till&apos;s ({here}): cards printed with this till&apos;s keys would read as forged after it (this till&apos;s key file is kept aside either way)</source>
        <comment>restore_consent.replace_printed</comment>
        <translation>kunci kartunya ({arriving}) bukan milik kasir ini ({here}): kartu yang dicetak dengan kunci kasir ini akan terbaca palsu setelahnya (file kunci kasir ini tetap disimpan terpisah)</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <comment>reward_effect.amount_off</comment>
        <translation>Potongan {amount}</translation>
    </message>
    <message>
        <source>{total} for {paid}: {product}</source>
        <comment>reward_effect.buy_x_get_y</comment>
        <translation>{total} bayar {paid}: {product}</translation>
    </message>
    <message>
        <source>Free: {product}</source>
        <comment>reward_effect.free_product</comment>
        <translation>Gratis: {product}</translation>
    </message>
    <message>
        <source>1 entry in the prize draw</source>
        <comment>reward_effect.giveaway</comment>
        <translation>1 tiket undian berhadiah</translation>
    </message>
    <message>
        <source>Drawn: {reward}</source>
        <comment>reward_effect.mystery</comment>
        <translation>Terundi: {reward}</translation>
    </message>
    <message>
        <source>Partner voucher: {partner} — code {code}</source>
        <comment>reward_effect.partner_code</comment>
        <translation>Voucher mitra: {partner} — kode {code}</translation>
    </message>
    <message>
        <source>Partner voucher: {partner}</source>
        <comment>reward_effect.partner_offer</comment>
        <translation>Voucher mitra: {partner}</translation>
    </message>
    <message>
        <source>{points} points = {amount}</source>
        <comment>reward_effect.pay_with_points</comment>
        <translation>{points} poin = {amount}</translation>
    </message>
    <message>
        <source>{percent} % off</source>
        <comment>reward_effect.percent_off</comment>
        <translation>Diskon {percent} %</translation>
    </message>
    <message>
        <source>{percent} % off {category}</source>
        <comment>reward_effect.percent_off_category</comment>
        <translation>Diskon {percent} % untuk {category}</translation>
    </message>
    <message>
        <source>Store credit {amount}</source>
        <comment>reward_effect.store_credit</comment>
        <translation>Saldo toko {amount}</translation>
    </message>
    <message>
        <source>The server address starts with https:// and names a host, e.g. https://chain.example.com</source>
        <comment>server_address.no_host</comment>
        <translation>Alamat server diawali https:// dan menyebut nama host, mis. https://chain.example.com</translation>
    </message>
    <message>
        <source>Use https:// for the server: plain http:// is only for a server on this computer (localhost)</source>
        <comment>server_address.plain_http</comment>
        <translation>Gunakan https:// untuk server: http:// biasa hanya untuk server di komputer ini (localhost)</translation>
    </message>
    <message>
        <source>card</source>
        <comment>tender.card</comment>
        <translation>kartu</translation>
    </message>
    <message>
        <source>cash</source>
        <comment>tender.cash</comment>
        <translation>tunai</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>tender.mobile</comment>
        <translation>pembayaran seluler</translation>
    </message>
    <message>
        <source>other</source>
        <comment>tender.other</comment>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>voucher</source>
        <comment>tender.voucher</comment>
        <translation>voucher</translation>
    </message>
</context>
</TS>
