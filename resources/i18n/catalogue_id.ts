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
        <source>interrupted</source>
        <comment>cli.interrupted</comment>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {username} is locked until {until}.</source>
        <comment>error.account_locked</comment>
        <translation>Terlalu banyak PIN salah: {username} dikunci sampai {until}.</translation>
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
        <source>Cannot write the card sheet {path}: {reason}.</source>
        <comment>error.card_sheet_unwritable</comment>
        <translation>Tidak dapat menulis lembar kartu {path}: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({reason}); restore it from a backup with &apos;loyalty-pos restore&apos;.</source>
        <comment>error.corrupt_database</comment>
        <translation>Basis data {path} rusak ({reason}); pulihkan dari cadangan dengan &apos;loyalty-pos restore&apos;.</translation>
    </message>
    <message>
        <source>{holder} is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use</comment>
        <translation>{holder} sudah berjalan pada direktori data ini (pid {pid} di host {host}); tutup dulu</translation>
    </message>
    <message>
        <source>{path} was written by a newer loyalty-pos (schema {revision}); update this till first.</source>
        <comment>error.database_too_new</comment>
        <translation>{path} ditulis oleh loyalty-pos yang lebih baru (skema {revision}); perbarui kasir ini terlebih dahulu.</translation>
    </message>
    <message>
        <source>The disk holding the database is full; nothing was saved. Free some space and try again.</source>
        <comment>error.disk_full</comment>
        <translation>Disk tempat basis data penuh; tidak ada yang disimpan. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Needs {needed} points, member has {available}.</source>
        <comment>error.insufficient_points</comment>
        <translation>Perlu {needed} poin, anggota memiliki {available}.</translation>
    </message>
    <message>
        <source>The operation was refused.</source>
        <comment>error.loyalty_error</comment>
        <translation>Operasi ditolak.</translation>
    </message>
    <message>
        <source>No loyalty program is published yet; a manager must publish one first.</source>
        <comment>error.no_program</comment>
        <translation>Belum ada program loyalitas yang diterbitkan; manajer harus menerbitkannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>{what} {key} was not found.</source>
        <comment>error.not_found</comment>
        <translation>{what} {key} tidak ditemukan.</translation>
    </message>
    <message>
        <source>This till has not reached the chain&apos;s server lately, so a member may redeem at most {cap} points a day here ({used} already used today). Redeem less, or sync first.</source>
        <comment>error.offline_redeem_cap</comment>
        <translation>Kasir ini belum terhubung ke server jaringan toko akhir-akhir ini, jadi anggota boleh menukar paling banyak {cap} poin sehari di sini ({used} sudah dipakai hari ini). Tukar lebih sedikit, atau sinkronkan dulu.</translation>
    </message>
    <message>
        <source>Not writing {path}: {reason}.</source>
        <comment>error.output_refused</comment>
        <translation>Tidak menulis {path}: {reason}.</translation>
    </message>
    <message>
        <source>{action} needs the {role} role.</source>
        <comment>error.permission_denied</comment>
        <translation>{action} memerlukan peran {role}.</translation>
    </message>
    <message>
        <source>Receipt {ref}{register}, dated {on}, is already recorded.</source>
        <comment>error.receipt_already_recorded</comment>
        <translation>Struk {ref}{register}, tanggal {on}, sudah tercatat.</translation>
    </message>
    <message>
        <source>That is not this shop&apos;s recovery code; nothing was changed.</source>
        <comment>error.recovery_refused</comment>
        <translation>Itu bukan kode pemulihan toko ini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The file {name} is missing from {folder}; reinstall loyalty-pos.</source>
        <comment>error.resource_missing</comment>
        <translation>Berkas {name} tidak ada di {folder}; pasang ulang loyalty-pos.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: {reason}.</source>
        <comment>error.reward_unavailable</comment>
        <translation>Hadiah {reward} tidak tersedia: {reason}.</translation>
    </message>
    <message>
        <source>The shop was not set up: {reason}. Nothing was saved; please try again.</source>
        <comment>error.setup_failed</comment>
        <translation>Toko tidak disiapkan: {reason}. Tidak ada yang disimpan; silakan coba lagi.</translation>
    </message>
    <message>
        <source>{where} already holds a shop; setup changes nothing there.</source>
        <comment>error.shop_exists</comment>
        <translation>{where} sudah berisi toko; penyiapan tidak mengubah apa pun di sana.</translation>
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
        <source>The database is busy; please try again.</source>
        <comment>error.store_busy</comment>
        <translation>Basis data sedang sibuk; silakan coba lagi.</translation>
    </message>
    <message>
        <source>Something went wrong ({detail}). Nothing was saved; please try again.</source>
        <comment>error.unexpected_error</comment>
        <translation>Terjadi kesalahan ({detail}). Tidak ada yang disimpan; silakan coba lagi.</translation>
    </message>
    <message>
        <source>{count} points</source>
        <comment>points.many</comment>
        <translation>{count} poin</translation>
    </message>
    <message>
        <source>{count} point</source>
        <comment>points.one</comment>
        <translation>{count} poin</translation>
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
        <source>Member {name}</source>
        <comment>receipt.member</comment>
        <translation>Anggota {name}</translation>
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
        <source>Subtotal</source>
        <comment>receipt.subtotal</comment>
        <translation>Subtotal</translation>
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
