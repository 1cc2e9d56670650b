<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>Always</source>
        <translation>Selalu</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>Mulai {day}</translation>
    </message>
    <message>
        <source>Until {day}</source>
        <translation>Sampai {day}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>Cari anggota</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Tukar</translation>
    </message>
    <message>
        <source>Undo reward</source>
        <translation>Batalkan hadiah</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Daftarkan</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Pay cash</source>
        <translation>Bayar tunai</translation>
    </message>
    <message>
        <source>Pay card</source>
        <translation>Bayar kartu</translation>
    </message>
    <message>
        <source>New sale / void</source>
        <translation>Penjualan baru / batal</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Kartu hadiah</translation>
    </message>
    <message>
        <source>Donate points</source>
        <translation>Donasikan poin</translation>
    </message>
    <message>
        <source>A gift card</source>
        <translation>Kartu hadiah</translation>
    </message>
    <message>
        <source>Gift card {card} pays {amount}. Take the rest, {rest}, with F9 cash or F10 card.</source>
        <translation>Kartu hadiah {card} membayar {amount}. Terima sisanya, {rest}, dengan F9 tunai atau F10 kartu.</translation>
    </message>
    <message>
        <source>Gift card sale — key {amount} into the register.</source>
        <translation>Penjualan kartu hadiah — masukkan {amount} ke mesin kasir.</translation>
    </message>
    <message>
        <source>A donation</source>
        <translation>Donasi</translation>
    </message>
    <message>
        <source>Identify the member first: scan the card or press F2.</source>
        <translation>Kenali anggotanya dahulu: pindai kartu atau tekan F2.</translation>
    </message>
    <message>
        <source>Donate before or after the sale: a donation prints a slip of its own.</source>
        <translation>Donasikan sebelum atau sesudah penjualan: donasi mencetak bukti sendiri.</translation>
    </message>
    <message>
        <source>Still loading the member; press Ctrl+D again in a moment.</source>
        <translation>Anggota masih dimuat; tekan Ctrl+D lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The shop has no charity to give to yet (Back office &gt; Earning rules &amp; tiers &gt; Gift cards &amp; charity).</source>
        <translation>Toko belum punya badan amal untuk diberi (Back office &gt; Aturan poin &amp; tingkat &gt; Kartu hadiah &amp; amal).</translation>
    </message>
    <message>
        <source>Donated {points:,} points = {amount}. The member has {balance:,} points now.</source>
        <translation>Didonasikan {points:,} poin = {amount}. Anggota kini punya {balance:,} poin.</translation>
    </message>
    <message>
        <source>Member action</source>
        <translation>Aksi anggota</translation>
    </message>
    <message>
        <source>Still loading the member&apos;s rewards; press F4 again in a moment.</source>
        <translation>Hadiah anggota masih dimuat; tekan F4 lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>No reward on this sale to take off.</source>
        <translation>Tidak ada hadiah pada penjualan ini untuk dibatalkan.</translation>
    </message>
    <message>
        <source>Last reward taken off the sale.</source>
        <translation>Hadiah terakhir dibatalkan dari penjualan.</translation>
    </message>
    <message>
        <source>A manager&apos;s approval</source>
        <translation>Persetujuan manajer</translation>
    </message>
    <message>
        <source>Add a product first, then select its line for the discount.</source>
        <translation>Tambahkan produk dahulu, lalu pilih barisnya untuk diskon.</translation>
    </message>
    <message>
        <source>The basket changed meanwhile; select the line and press F6 again.</source>
        <translation>Belanjaan berubah sementara itu; pilih barisnya dan tekan F6 lagi.</translation>
    </message>
    <message>
        <source>{amount} off {name}</source>
        <translation>Potongan {amount} untuk {name}</translation>
    </message>
    <message>
        <source>Discount approved by {manager}.</source>
        <translation>Diskon disetujui oleh {manager}.</translation>
    </message>
    <message>
        <source>The basket is empty: scan a product first.</source>
        <translation>Belanjaan kosong: pindai produk dahulu.</translation>
    </message>
    <message>
        <source>Saving the sale…</source>
        <translation>Menyimpan penjualan…</translation>
    </message>
    <message>
        <source>the discounts now totalling {amount}</source>
        <translation>diskon yang kini berjumlah {amount}</translation>
    </message>
    <message>
        <source>The basket changed meanwhile; press pay again.</source>
        <translation>Belanjaan berubah sementara itu; tekan bayar lagi.</translation>
    </message>
    <message>
        <source> (it was already saved: nothing was charged twice)</source>
        <translation> (sudah tersimpan: tidak ada tagihan ganda)</translation>
    </message>
    <message>
        <source>Sale saved, receipt {number}.</source>
        <translation>Penjualan disimpan, struk {number}.</translation>
    </message>
    <message>
        <source>Training sale: nothing was saved.</source>
        <translation>Penjualan latihan: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Checked: {name}&apos;s points can be spent.</source>
        <translation>Sudah dicek: poin {name} boleh dipakai.</translation>
    </message>
    <message>
        <source>Not redeemed: the member was not checked.</source>
        <translation>Tidak ditukar: anggota belum dicek.</translation>
    </message>
    <message>
        <source>Sale voided. Nothing was saved.</source>
        <translation>Penjualan dibatalkan. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Void this sale? Press F12 again to confirm.</source>
        <translation>Batalkan penjualan ini? Tekan F12 lagi untuk konfirmasi.</translation>
    </message>
    <message>
        <source>{what} would be saved: not in training mode (Ctrl+Shift+T leaves it).</source>
        <translation>{what} akan disimpan: bukan dalam mode latihan (Ctrl+Shift+T untuk keluar).</translation>
    </message>
    <message>
        <source>An enrolment</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>{name} is enrolled.</source>
        <translation>{name} sudah terdaftar.</translation>
    </message>
    <message>
        <source>Finish or void the training sale before a training return.</source>
        <translation>Selesaikan atau batalkan penjualan latihan sebelum retur latihan.</translation>
    </message>
    <message>
        <source>Training return: nothing was saved.</source>
        <translation>Retur latihan: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Return {number} saved: refund {amount}.</source>
        <translation>Retur {number} disimpan: pengembalian dana {amount}.</translation>
    </message>
    <message>
        <source>Printing receipt {number}…</source>
        <translation>Mencetak struk {number}…</translation>
    </message>
    <message>
        <source>Receipt {number} printed to {where}.</source>
        <translation>Struk {number} dicetak ke {where}.</translation>
    </message>
    <message>
        <source>TRAINING — nothing is saved</source>
        <translation>LATIHAN — tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>Finish the sale, or void it with F12, before switching training mode.</source>
        <translation>Selesaikan penjualan, atau batalkan dengan F12, sebelum mengganti mode latihan.</translation>
    </message>
    <message>
        <source>Training mode: sales are priced as usual and nothing is saved. Ctrl+Shift+T goes back to real sales.</source>
        <translation>Mode latihan: penjualan dihitung seperti biasa dan tidak ada yang disimpan. Ctrl+Shift+T kembali ke penjualan sungguhan.</translation>
    </message>
    <message>
        <source>Training mode ended: sales are saved again.</source>
        <translation>Mode latihan berakhir: penjualan disimpan lagi.</translation>
    </message>
    <message>
        <source>{name} — {width}×{height} at {x}, {y}</source>
        <translation>{name} — {width}×{height} pada {x}, {y}</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Only one screen is connected: the customer display opens as a window on the till&apos;s screen.</source>
        <translation>Hanya satu layar yang tersambung: layar pelanggan terbuka sebagai jendela di layar kasir.</translation>
    </message>
    <message>
        <source>{wanted} is the till&apos;s own screen: the customer display is on {fallback}.</source>
        <translation>{wanted} adalah layar kasir sendiri: layar pelanggan ada di {fallback}.</translation>
    </message>
    <message>
        <source>Screen {wanted} is not connected: the customer display is on {fallback}.</source>
        <translation>Layar {wanted} tidak tersambung: layar pelanggan ada di {fallback}.</translation>
    </message>
    <message>
        <source>Enter  {action}</source>
        <translation>Enter  {action}</translation>
    </message>
    <message>
        <source>Esc  Cancel</source>
        <translation>Esc  Batal</translation>
    </message>
    <message>
        <source>Member sales replayed</source>
        <translation>Penjualan anggota diputar ulang</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Poin diberikan</translation>
    </message>
    <message>
        <source>Cost of the points issued</source>
        <translation>Biaya poin yang diberikan</translation>
    </message>
    <message>
        <source>Liability after the window (points)</source>
        <translation>Kewajiban setelah periode (poin)</translation>
    </message>
    <message>
        <source>Liability after the window (value)</source>
        <translation>Kewajiban setelah periode (nilai)</translation>
    </message>
    <message>
        <source>{tier} ({members} members): points</source>
        <translation>{tier} ({members} anggota): poin</translation>
    </message>
    <message>
        <source>{tier}: cost</source>
        <translation>{tier}: biaya</translation>
    </message>
    <message>
        <source>Members who can redeem {reward} ({points} pts)</source>
        <translation>Anggota yang bisa menukar {reward} ({points} poin)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Published v{version}</source>
        <translation>Terbit v{version}</translation>
    </message>
    <message>
        <source>Draft v{version}</source>
        <translation>Draf v{version}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (pensiun)</translation>
    </message>
    <message>
        <source>from </source>
        <translation>dari </translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Apa saja</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>from {points} pts</source>
        <translation>dari {points} poin</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} poin</translation>
    </message>
    <message>
        <source>available now</source>
        <translation>tersedia sekarang</translation>
    </message>
    <message>
        <source>Not in a chain: this till keeps its members and program to itself.</source>
        <translation>Tidak tergabung dalam jaringan: kasir ini menyimpan anggota dan programnya sendiri.</translation>
    </message>
    <message>
        <source>joined till (program and catalog from head office)</source>
        <translation>kasir anggota jaringan (program dan katalog dari kantor pusat)</translation>
    </message>
    <message>
        <source>head office (authors the program and catalog)</source>
        <translation>kantor pusat (menyusun program dan katalog)</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>Terminal {terminal} at {url}, {role}.</source>
        <translation>Terminal {terminal} di {url}, {role}.</translation>
    </message>
    <message>
        <source>Last sync {ago}; {waiting} changes unsent.</source>
        <translation>Sinkronisasi terakhir {ago}; {waiting} perubahan belum terkirim.</translation>
    </message>
    <message>
        <source>The chain disconnected this till: register it again with a new enrolment code.</source>
        <translation>Jaringan memutus kasir ini: daftarkan lagi dengan kode pendaftaran baru.</translation>
    </message>
    <message>
        <source>Last attempt failed: {error}</source>
        <translation>Percobaan terakhir gagal: {error}</translation>
    </message>
    <message>
        <source>Counts as offline (no sync for {minutes} min): the offline redemption cap applies.</source>
        <translation>Dianggap offline (tidak ada sinkronisasi selama {minutes} menit): batas penukaran offline berlaku.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} menit lalu</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>{hours} jam lalu</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} hari lalu</translation>
    </message>
    <message>
        <source>{minutes} min slow</source>
        <translation>lebih lambat {minutes} menit</translation>
    </message>
    <message>
        <source>{minutes} min fast</source>
        <translation>lebih cepat {minutes} menit</translation>
    </message>
    <message>
        <source>{hours} h slow</source>
        <translation>lebih lambat {hours} jam</translation>
    </message>
    <message>
        <source>{hours} h fast</source>
        <translation>lebih cepat {hours} jam</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>diblokir</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>digabung</translation>
    </message>
    <message>
        <source>per point</source>
        <translation>per poin</translation>
    </message>
    <message>
        <source>per {per:,} points</source>
        <translation>per {per:,} poin</translation>
    </message>
    <message>
        <source>{value} {basis}</source>
        <translation>{value} {basis}</translation>
    </message>
    <message>
        <source>Points for an action would be saved: not in training mode (Ctrl+Shift+T leaves it).</source>
        <translation>Poin untuk aksi akan disimpan: tidak dalam mode latihan (Ctrl+Shift+T untuk keluar).</translation>
    </message>
    <message>
        <source>{action}: +{points} points. New balance {balance}.</source>
        <translation>{action}: +{points} poin. Saldo baru {balance}.</translation>
    </message>
    <message>
        <source>Training mode sells no paid membership.</source>
        <translation>Mode latihan tidak menjual keanggotaan berbayar.</translation>
    </message>
    <message>
        <source>A paid membership is sold between sales: identify the member with an empty basket, then press Ctrl+M.</source>
        <translation>Keanggotaan berbayar dijual di antara penjualan: kenali anggota dengan belanjaan kosong, lalu tekan Ctrl+M.</translation>
    </message>
    <message>
        <source>{name} until {day}: take {fee} on the shop&apos;s register.</source>
        <translation>{name} sampai {day}: terima {fee} di mesin kasir toko.</translation>
    </message>
    <message>
        <source>Gift card sale — key {amount} into the register · slip {number}</source>
        <translation>Penjualan kartu hadiah — masukkan {amount} ke mesin kasir · bukti {number}</translation>
    </message>
    <message>
        <source>Donation slip {number}: no money to take</source>
        <translation>Bukti donasi {number}: tidak ada uang yang diterima</translation>
    </message>
    <message>
        <source>Happy birthday! +{points} points with this sale ({campaign})</source>
        <translation>Selamat ulang tahun! +{points} poin dengan penjualan ini ({campaign})</translation>
    </message>
    <message>
        <source>Welcome back! +{points} points with this sale ({campaign})</source>
        <translation>Selamat datang kembali! +{points} poin dengan penjualan ini ({campaign})</translation>
    </message>
    <message>
        <source>First purchase after a friend&apos;s referral: +{points} points ({campaign})</source>
        <translation>Pembelian pertama lewat rekomendasi teman: +{points} poin ({campaign})</translation>
    </message>
    <message>
        <source>The friend who referred them gets {points} points too</source>
        <translation>Teman yang merekomendasikan juga mendapat {points} poin</translation>
    </message>
    <message>
        <source>Only members in this segment get the campaign (define segments with Ctrl+G)</source>
        <translation>Hanya anggota dalam segmen ini yang mendapat kampanye (atur segmen dengan Ctrl+G)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>A control group of this share of members never gets the campaign, so the A/B report can show what it changed</source>
        <translation>Kelompok kontrol sebesar bagian anggota ini tidak pernah mendapat kampanye, agar laporan A/B dapat menunjukkan apa yang berubah karenanya</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Semua anggota</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ulang tahun</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Selamat datang kembali</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Ulasan</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Buletin</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>Unggahan media sosial</translation>
    </message>
    <message>
        <source>e.g. Cinema 2-for-1</source>
        <translation>mis. Bioskop 2-untuk-1</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;offer</source>
        <translation>&amp;Penawaran mitra</translation>
    </message>
    <message>
        <source>&amp;Winners</source>
        <translation>Jumlah pe&amp;menang</translation>
    </message>
    <message>
        <source>reward id: weight, e.g. free-coffee: 3, nok20: 1</source>
        <translation>id hadiah: bobot, mis. free-coffee: 3, nok20: 1</translation>
    </message>
    <message>
        <source>Dra&amp;ws from</source>
        <translation>&amp;Diundi dari</translation>
    </message>
    <message>
        <source>Add an amount-off, percent-off or free-product reward first (it may be switched off).</source>
        <translation>Tambahkan dulu hadiah potongan nominal, potongan persen, atau produk gratis (boleh dinonaktifkan).</translation>
    </message>
    <message>
        <source>Can draw: {rewards}</source>
        <translation>Bisa diundi: {rewards}</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>About loyalty-pos</source>
        <translation>Tentang loyalty-pos</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>&lt;b&gt;loyalty-pos&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;loyalty-pos&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>Offline-first point-of-sale loyalty terminal. Apache License 2.0.</source>
        <translation>Terminal loyalitas kasir yang bekerja tanpa internet. Lisensi Apache 2.0.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Direktori data</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Berkas log</translation>
    </message>
    <message>
        <source>Card key fingerprint</source>
        <translation>Sidik jari kunci kartu</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Salin rincian</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>ActionLimitFields</name>
    <message>
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source> times</source>
        <translation> kali</translation>
    </message>
    <message>
        <source>Times per member</source>
        <translation>Kali per anggota</translation>
    </message>
    <message>
        <source>Limit period</source>
        <translation>Periode batas</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>selamanya</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>per hari</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>per minggu</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>per bulan</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>per tahun</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>Hari tanpa kunjungan</translation>
    </message>
    <message>
        <source>Times per &amp;member</source>
        <translation>Kali per &amp;anggota</translation>
    </message>
    <message>
        <source>Limit &amp;per</source>
        <translation>Batas &amp;per</translation>
    </message>
    <message>
        <source>After &amp;days away</source>
        <translation>Setelah &amp;hari absen</translation>
    </message>
    <message>
        <source>Birthday (at a visit in the birthday month)</source>
        <translation>Ulang tahun (saat berkunjung di bulan ulang tahun)</translation>
    </message>
    <message>
        <source>Referral (both at the friend&apos;s first purchase)</source>
        <translation>Rekomendasi (keduanya saat pembelian pertama teman)</translation>
    </message>
    <message>
        <source>Welcome back (first visit after days away)</source>
        <translation>Selamat datang kembali (kunjungan pertama setelah lama absen)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Ulasan</translation>
    </message>
    <message>
        <source>Newsletter sign-up</source>
        <translation>Daftar buletin</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Event attended</source>
        <translation>Menghadiri acara</translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation>Unggahan media sosial</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points of {name}</source>
        <translation>Sesuaikan poin {name}</translation>
    </message>
    <message>
        <source>{name} has {points:,} points. Type +250 to add or -250 to take away; the reason is shown on the member&apos;s statement and in the audit log.</source>
        <translation>{name} memiliki {points:,} poin. Ketik +250 untuk menambah atau -250 untuk mengurangi; alasannya tampil di laporan poin anggota dan di log audit.</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Sesuaikan</translation>
    </message>
    <message>
        <source>e.g. +250 or -250</source>
        <translation>mis. +250 atau -250</translation>
    </message>
    <message>
        <source>e.g. receipt lost, points not earned on R01-000123</source>
        <translation>mis. struk hilang, poin tidak didapat pada R01-000123</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Poin</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Type the points to add (+250) or take away (-250).</source>
        <translation>Ketik poin yang ditambah (+250) atau dikurangi (-250).</translation>
    </message>
    <message>
        <source>Say why: an adjustment needs a reason.</source>
        <translation>Sebutkan alasannya: penyesuaian wajib beralasan.</translation>
    </message>
    <message>
        <source>adjusting {name}&apos;s points by {points:+,}</source>
        <translation>penyesuaian poin {name} sebesar {points:+,}</translation>
    </message>
</context>
<context>
    <name>AmountScreen</name>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Jumlah</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegori</translation>
    </message>
    <message>
        <source>Register &amp;receipt no.</source>
        <translation>No. struk &amp;mesin kasir</translation>
    </message>
    <message>
        <source>Welcome back: your parked sale is restored.</source>
        <translation>Selamat datang kembali: penjualan yang ditahan sudah dipulihkan.</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Jumlah ({currency})</translation>
    </message>
    <message>
        <source>Type the register&apos;s total, then Enter for the practice slip: nothing is recorded.</source>
        <translation>Ketik total dari mesin kasir, lalu Enter untuk slip latihan: tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>Type the register&apos;s total, then Enter to record the sale for points.</source>
        <translation>Ketik total dari mesin kasir, lalu Enter untuk mencatat penjualan demi poin.</translation>
    </message>
    <message>
        <source>{name}&apos;s membership is {status}: no points on this sale.</source>
        <translation>Keanggotaan {name} berstatus {status}: tidak ada poin untuk penjualan ini.</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Anggota: {name}</translation>
    </message>
    <message>
        <source>This till records amounts: ring {name} up on the cash register.</source>
        <translation>Kasir ini mencatat jumlah: proses {name} di mesin kasir.</translation>
    </message>
    <message>
        <source>Not redeemed: {reason}</source>
        <translation>Tidak ditukar: {reason}</translation>
    </message>
    <message>
        <source>Earns {points} points</source>
        <translation>Mendapat {points} poin</translation>
    </message>
    <message>
        <source>Key a discount of {amount} into the register</source>
        <translation>Masukkan diskon {amount} ke mesin kasir</translation>
    </message>
    <message>
        <source>Type the amount the register charged.</source>
        <translation>Ketik jumlah yang ditagih mesin kasir.</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>Mencatat penjualan…</translation>
    </message>
    <message>
        <source>Recorded: {points} points earned. P prints the loyalty slip.</source>
        <translation>Tercatat: {points} poin didapat. P mencetak slip loyalitas.</translation>
    </message>
    <message>
        <source>Training sale: nothing was recorded. P prints the slip marked TRAINING.</source>
        <translation>Penjualan latihan: tidak ada yang dicatat. P mencetak slip bertanda LATIHAN.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Persetujuan manajer</translation>
    </message>
    <message>
        <source>Manager approval needed for {what}</source>
        <translation>Perlu persetujuan manajer untuk {what}</translation>
    </message>
    <message>
        <source>Asked by {user}. A manager types their PIN, then presses Enter.</source>
        <translation>Diminta oleh {user}. Manajer mengetik PIN-nya, lalu menekan Enter.</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN manajer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Type the manager&apos;s PIN first.</source>
        <translation>Ketik PIN manajer terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>What the shop&apos;s tills did twice while they were offline, found after they synced. Nothing here is corrected on its own: open the member to adjust their points, or merge a member enrolled twice.</source>
        <translation>Hal yang dilakukan dua kali oleh kasir toko saat offline, ditemukan setelah sinkronisasi. Tidak ada yang diperbaiki otomatis: buka anggota untuk menyesuaikan poinnya, atau gabungkan anggota yang terdaftar dua kali.</translation>
    </message>
    <message>
        <source>Open member</source>
        <translation>Buka anggota</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>Merge into the first enrolled</source>
        <translation>Gabungkan ke yang pertama terdaftar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Balance below zero</source>
        <translation>Saldo di bawah nol</translation>
    </message>
    <message>
        <source>{points:,} points: offline tills together let them spend more than they had.</source>
        <translation>{points:,} poin: kasir-kasir offline bersama-sama membiarkannya memakai lebih dari yang dimiliki.</translation>
    </message>
    <message>
        <source>Enrolled twice</source>
        <translation>Terdaftar dua kali</translation>
    </message>
    <message>
        <source>Phone {phone} is also enrolled as: {others}; Ctrl+M merges into this member (enrolled first).</source>
        <translation>Telepon {phone} juga terdaftar sebagai: {others}; Ctrl+M menggabungkan ke anggota ini (terdaftar pertama).</translation>
    </message>
    <message>
        <source>Returned twice</source>
        <translation>Diretur dua kali</translation>
    </message>
    <message>
        <source>(no member)</source>
        <translation>(tanpa anggota)</translation>
    </message>
    <message>
        <source>{name} on receipt {receipt}: {returned} of {sold} taken back at two offline tills; both refunds were paid.</source>
        <translation>{name} pada struk {receipt}: {returned} dari {sold} diretur di dua kasir offline; kedua pengembalian dana sudah dibayar.</translation>
    </message>
    <message>
        <source>{n} to look at. Up and Down choose; Enter opens the member.</source>
        <translation>{n} untuk diperiksa. Atas dan Bawah memilih; Enter membuka anggota.</translation>
    </message>
    <message>
        <source>Nothing needs attention: no balance below zero, no phone enrolled twice and no sale returned twice.</source>
        <translation>Tidak ada yang perlu perhatian: tidak ada saldo di bawah nol, telepon terdaftar dua kali, atau penjualan diretur dua kali.</translation>
    </message>
    <message>
        <source>Merged {n} record(s): {points:,} points moved. </source>
        <translation>{n} data digabungkan: {points:,} poin dipindahkan. </translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>member enrolled</source>
        <translation>anggota didaftarkan</translation>
    </message>
    <message>
        <source>member updated</source>
        <translation>anggota diubah</translation>
    </message>
    <message>
        <source>members merged</source>
        <translation>anggota digabungkan</translation>
    </message>
    <message>
        <source>tier changed</source>
        <translation>tingkat berubah</translation>
    </message>
    <message>
        <source>consent changed</source>
        <translation>persetujuan berubah</translation>
    </message>
    <message>
        <source>member erased</source>
        <translation>anggota dihapus</translation>
    </message>
    <message>
        <source>member data exported</source>
        <translation>data anggota diekspor</translation>
    </message>
    <message>
        <source>card issued</source>
        <translation>kartu diterbitkan</translation>
    </message>
    <message>
        <source>card blocked</source>
        <translation>kartu diblokir</translation>
    </message>
    <message>
        <source>cards printed</source>
        <translation>kartu dicetak</translation>
    </message>
    <message>
        <source>card key replaced</source>
        <translation>kunci kartu diganti</translation>
    </message>
    <message>
        <source>card key rotated</source>
        <translation>kunci kartu dirotasi</translation>
    </message>
    <message>
        <source>card key imported</source>
        <translation>kunci kartu diimpor</translation>
    </message>
    <message>
        <source>card key ring updated from head office</source>
        <translation>rangkaian kunci kartu diperbarui dari kantor pusat</translation>
    </message>
    <message>
        <source>card key ring from head office refused</source>
        <translation>rangkaian kunci kartu dari kantor pusat ditolak</translation>
    </message>
    <message>
        <source>points adjusted</source>
        <translation>poin disesuaikan</translation>
    </message>
    <message>
        <source>points transferred</source>
        <translation>poin ditransfer</translation>
    </message>
    <message>
        <source>points expired</source>
        <translation>poin kedaluwarsa</translation>
    </message>
    <message>
        <source>ledger entry</source>
        <translation>entri buku poin</translation>
    </message>
    <message>
        <source>balance flagged</source>
        <translation>saldo ditandai</translation>
    </message>
    <message>
        <source>sale committed</source>
        <translation>penjualan disimpan</translation>
    </message>
    <message>
        <source>return processed</source>
        <translation>retur diproses</translation>
    </message>
    <message>
        <source>product saved</source>
        <translation>produk disimpan</translation>
    </message>
    <message>
        <source>product deactivated</source>
        <translation>produk dinonaktifkan</translation>
    </message>
    <message>
        <source>products imported</source>
        <translation>produk diimpor</translation>
    </message>
    <message>
        <source>category added</source>
        <translation>kategori ditambahkan</translation>
    </message>
    <message>
        <source>category removed</source>
        <translation>kategori dihapus</translation>
    </message>
    <message>
        <source>reward saved</source>
        <translation>hadiah disimpan</translation>
    </message>
    <message>
        <source>reward retired</source>
        <translation>hadiah dipensiunkan</translation>
    </message>
    <message>
        <source>campaign saved</source>
        <translation>kampanye disimpan</translation>
    </message>
    <message>
        <source>campaign ended</source>
        <translation>kampanye diakhiri</translation>
    </message>
    <message>
        <source>campaign removed</source>
        <translation>kampanye dihapus</translation>
    </message>
    <message>
        <source>program earning saved</source>
        <translation>aturan perolehan poin disimpan</translation>
    </message>
    <message>
        <source>program tiers saved</source>
        <translation>tingkat disimpan</translation>
    </message>
    <message>
        <source>program price rules saved</source>
        <translation>aturan harga program disimpan</translation>
    </message>
    <message>
        <source>program expiry saved</source>
        <translation>aturan kedaluwarsa disimpan</translation>
    </message>
    <message>
        <source>program limits saved</source>
        <translation>batas program disimpan</translation>
    </message>
    <message>
        <source>staff linked to member</source>
        <translation>staf ditautkan ke anggota</translation>
    </message>
    <message>
        <source>program draft saved</source>
        <translation>draf program disimpan</translation>
    </message>
    <message>
        <source>program draft discarded</source>
        <translation>draf program dibuang</translation>
    </message>
    <message>
        <source>program published</source>
        <translation>program diterbitkan</translation>
    </message>
    <message>
        <source>staff created</source>
        <translation>staf dibuat</translation>
    </message>
    <message>
        <source>staff activated</source>
        <translation>staf diaktifkan</translation>
    </message>
    <message>
        <source>staff deactivated</source>
        <translation>staf dinonaktifkan</translation>
    </message>
    <message>
        <source>staff unlocked</source>
        <translation>staf dibuka kuncinya</translation>
    </message>
    <message>
        <source>pin reset</source>
        <translation>PIN diatur ulang</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>masuk</translation>
    </message>
    <message>
        <source>sign in failed</source>
        <translation>gagal masuk</translation>
    </message>
    <message>
        <source>approval given</source>
        <translation>persetujuan diberikan</translation>
    </message>
    <message>
        <source>approval failed</source>
        <translation>persetujuan gagal</translation>
    </message>
    <message>
        <source>approval issued</source>
        <translation>persetujuan diterbitkan</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>pengaturan diubah</translation>
    </message>
    <message>
        <source>currency changed</source>
        <translation>mata uang diubah</translation>
    </message>
    <message>
        <source>shop created</source>
        <translation>toko dibuat</translation>
    </message>
    <message>
        <source>recovery failed</source>
        <translation>pemulihan gagal</translation>
    </message>
    <message>
        <source>access recovered</source>
        <translation>akses dipulihkan</translation>
    </message>
    <message>
        <source>chain started</source>
        <translation>rantai audit dimulai</translation>
    </message>
    <message>
        <source>chain restored</source>
        <translation>rantai audit dipulihkan</translation>
    </message>
    <message>
        <source>head office&apos;s shop applied</source>
        <translation>data toko dari kantor pusat diterapkan</translation>
    </message>
    <message>
        <source>member action recorded</source>
        <translation>aksi anggota dicatat</translation>
    </message>
    <message>
        <source>member referred by a friend</source>
        <translation>anggota direkomendasikan teman</translation>
    </message>
    <message>
        <source>partner codes imported</source>
        <translation>kode mitra diimpor</translation>
    </message>
    <message>
        <source>giveaway seed committed</source>
        <translation>benih undian dikunci</translation>
    </message>
    <message>
        <source>giveaway drawn</source>
        <translation>undian diundi</translation>
    </message>
    <message>
        <source>badge earned</source>
        <translation>lencana diperoleh</translation>
    </message>
    <message>
        <source>paid membership sold</source>
        <translation>keanggotaan berbayar dijual</translation>
    </message>
    <message>
        <source>segment saved</source>
        <translation>segmen disimpan</translation>
    </message>
    <message>
        <source>segment removed</source>
        <translation>segmen dihapus</translation>
    </message>
    <message>
        <source>gift card money moved</source>
        <translation>uang kartu hadiah berpindah</translation>
    </message>
    <message>
        <source>points given to charity</source>
        <translation>poin didonasikan ke badan amal</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Dari hari</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Sampai hari</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>member, receipt, user…</source>
        <translation>anggota, struk, pengguna…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Orang</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>&amp;Tindakan</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>&amp;Key (Ctrl+F)</source>
        <translation>&amp;Kunci (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entri audit</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entri terpilih</translation>
    </message>
    <message>
        <source>Choose an entry (↑↓) to read everything it recorded.</source>
        <translation>Pilih entri (↑↓) untuk membaca semua yang dicatatnya.</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Muat lagi</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Memuat lagi…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Tidak ada entri yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <source>Newest {count} entries shown; more are older (Ctrl+L).</source>
        <translation>{count} entri terbaru ditampilkan; masih ada yang lebih lama (Ctrl+L).</translation>
    </message>
    <message>
        <source>The only matching entry is shown.</source>
        <translation>Satu-satunya entri yang cocok ditampilkan.</translation>
    </message>
    <message>
        <source>All {count} matching entries shown.</source>
        <translation>Semua {count} entri yang cocok ditampilkan.</translation>
    </message>
    <message>
        <source>Entry {seq} · {when}</source>
        <translation>Entri {seq} · {when}</translation>
    </message>
    <message>
        <source>Person: {actor}</source>
        <translation>Orang: {actor}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Tindakan: {action}</translation>
    </message>
    <message>
        <source>Hash: {hash}</source>
        <translation>Hash: {hash}</translation>
    </message>
    <message>
        <source>Follows: {hash}</source>
        <translation>Menyusul: {hash}</translation>
    </message>
</context>
<context>
    <name>AuthoredElsewhere</name>
    <message>
        <source>Authored at head office: read-only on this till</source>
        <translation>Disusun di kantor pusat: hanya-baca di kasir ini</translation>
    </message>
    <message>
        <source>This till belongs to a chain. The program and the catalog are edited on the head office till (Back office &gt; Products, Rewards, Earning rules &amp; tiers, Campaigns, then Simulate &amp; publish) and arrive here with the next sync.</source>
        <translation>Kasir ini bagian dari jaringan. Program dan katalog diubah di kasir kantor pusat (Back office &gt; Produk, Hadiah, Aturan poin &amp; tingkat, Kampanye, lalu Simulasi &amp; terbitkan) dan tiba di sini pada sinkronisasi berikutnya.</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Earning rules &amp; tiers</source>
        <translation>Aturan poin &amp; tingkat</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Simulate &amp; publish</source>
        <translation>Simulasi &amp; terbitkan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>Cetak kartu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <source>Back office — {manager}</source>
        <translation>Back office — {manager}</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Signed in: {manager} (manager)</source>
        <translation>Masuk sebagai: {manager} (manajer)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the till</source>
        <translation>Kembali ke kasir</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>This section has changes that are not saved. Leave it and lose them?</source>
        <translation>Bagian ini memiliki perubahan yang belum disimpan. Tinggalkan dan buang perubahannya?</translation>
    </message>
</context>
<context>
    <name>BadgesTab</name>
    <message>
        <source>Badges</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <source>Members holding each badge today, and the badges awarded in the range.</source>
        <translation>Anggota yang memegang tiap lencana hari ini, dan lencana yang diberikan dalam rentang.</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <source>Awarded in the range</source>
        <translation>Diberikan dalam rentang</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Lencana</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Vol. {percent} %</source>
        <translation>Vol. {percent} %</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
</context>
<context>
    <name>BasketView</name>
    <message>
        <source>Basket</source>
        <translation>Keranjang</translation>
    </message>
    <message>
        <source>The sale&apos;s lines; + and - change the quantity, Delete removes a line</source>
        <translation>Baris penjualan; + dan - mengubah jumlah, Delete menghapus baris</translation>
    </message>
</context>
<context>
    <name>BlockCardDialog</name>
    <message>
        <source>Block a card of {name}</source>
        <translation>Blokir kartu milik {name}</translation>
    </message>
    <message>
        <source>A blocked card is refused at the till from the next scan on. Re-issue a card (Ctrl+Shift+I) so the member can keep collecting.</source>
        <translation>Kartu yang diblokir ditolak di kasir mulai pindaian berikutnya. Terbitkan ulang kartu (Ctrl+Shift+I) agar anggota tetap bisa mengumpulkan poin.</translation>
    </message>
    <message>
        <source>Block card</source>
        <translation>Blokir kartu</translation>
    </message>
    <message>
        <source>e.g. lost, stolen, damaged</source>
        <translation>mis. hilang, dicuri, rusak</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Kartu</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Say why the card is blocked.</source>
        <translation>Sebutkan alasan kartu diblokir.</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>Points multiplier</source>
        <translation>Pengali poin</translation>
    </message>
    <message>
        <source>Bonus on a big basket</source>
        <translation>Bonus untuk belanja besar</translation>
    </message>
    <message>
        <source>Instant win (1 in N sales)</source>
        <translation>Menang instan (1 dari N penjualan)</translation>
    </message>
    <message>
        <source>Bonus for an action</source>
        <translation>Bonus untuk suatu tindakan</translation>
    </message>
    <message>
        <source>None ticked: the whole basket</source>
        <translation>Tidak ada yang dicentang: seluruh belanjaan</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>1 in </source>
        <translation>1 dari </translation>
    </message>
    <message>
        <source>every </source>
        <translation>setiap </translation>
    </message>
    <message>
        <source>by the odds</source>
        <translation>menurut peluang</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Hari pertama</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Hari &amp;terakhir</translation>
    </message>
    <message>
        <source>&amp;Multiplier</source>
        <translation>&amp;Pengali</translation>
    </message>
    <message>
        <source>On cate&amp;gories</source>
        <translation>Pada &amp;kategori</translation>
    </message>
    <message>
        <source>&amp;Bonus</source>
        <translation>&amp;Bonus</translation>
    </message>
    <message>
        <source>Minimum &amp;spend</source>
        <translation>Belanja &amp;minimum</translation>
    </message>
    <message>
        <source>&amp;Odds</source>
        <translation>&amp;Peluang</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Tindakan</translation>
    </message>
    <message>
        <source>For &amp;tier</source>
        <translation>Untuk &amp;tingkat</translation>
    </message>
    <message>
        <source>Or &amp;every Nth sale</source>
        <translation>Atau &amp;setiap penjualan ke-N</translation>
    </message>
    <message>
        <source>&amp;Prize</source>
        <translation>Had&amp;iah</translation>
    </message>
    <message>
        <source>For s&amp;egment</source>
        <translation>Untuk s&amp;egmen</translation>
    </message>
    <message>
        <source>&amp;Hold out</source>
        <translation>&amp;Sisihkan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Bonus points only</source>
        <translation>Hanya poin bonus</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Semua anggota</translation>
    </message>
    <message>
        <source>{tier} and above</source>
        <translation>{tier} ke atas</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Kampanye baru</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Ubah {name}</translation>
    </message>
    <message>
        <source>Joining the programme (enrolment)</source>
        <translation>Bergabung dengan program (pendaftaran)</translation>
    </message>
    <message>
        <source>{action} (not awarded by the till)</source>
        <translation>{action} (tidak diberikan oleh kasir)</translation>
    </message>
</context>
<context>
    <name>CampaignLiftTab</name>
    <message>
        <source>Member sales and members who bought on each campaign&apos;s days, beside the same number of days just before it started. A change hints at the campaign&apos;s effect; the A/B tab measures it.</source>
        <translation>Penjualan anggota dan anggota yang berbelanja pada hari-hari setiap kampanye, dibandingkan dengan jumlah hari yang sama tepat sebelum kampanye dimulai. Perubahan memberi petunjuk tentang efek kampanye; tab A/B mengukurnya.</translation>
    </message>
    <message>
        <source>Member sales before and during each campaign</source>
        <translation>Penjualan anggota sebelum dan selama setiap kampanye</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Selama</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Sales before</source>
        <translation>Penjualan sebelum</translation>
    </message>
    <message>
        <source>Sales during</source>
        <translation>Penjualan selama</translation>
    </message>
    <message>
        <source>Sales change</source>
        <translation>Perubahan penjualan</translation>
    </message>
    <message>
        <source>Members before</source>
        <translation>Anggota sebelum</translation>
    </message>
    <message>
        <source>Members during</source>
        <translation>Anggota selama</translation>
    </message>
    <message>
        <source>Members change</source>
        <translation>Perubahan anggota</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
</context>
<context>
    <name>CampaignsSection</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Changes are saved to the draft; the till uses them once the draft is published (Simulate &amp; publish).</source>
        <translation>Perubahan disimpan ke draf; kasir memakainya setelah draf diterbitkan (Simulasi &amp; terbitkan).</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Kampanye baru</translation>
    </message>
    <message>
        <source>End campaign</source>
        <translation>Akhiri kampanye</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>Simpan ke draf</translation>
    </message>
    <message>
        <source>Segments…</source>
        <translation>Segmen…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>berakhir</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>terjadwal</translation>
    </message>
    <message>
        <source>{status} · new in draft</source>
        <translation>{status} · baru di draf</translation>
    </message>
    <message>
        <source>{status} · changed in draft</source>
        <translation>{status} · diubah di draf</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The campaign you are editing has unsaved changes. Discard them?</source>
        <translation>Kampanye yang sedang diubah memiliki perubahan belum disimpan. Buang perubahannya?</translation>
    </message>
    <message>
        <source>{name} saved to the draft.</source>
        <translation>{name} disimpan ke draf.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Tidak disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>{name} has not started: take it out of the draft?</source>
        <translation>{name} belum dimulai: keluarkan dari draf?</translation>
    </message>
    <message>
        <source>End {name} now? Sales from now on no longer get it, once the draft is published.</source>
        <translation>Akhiri {name} sekarang? Penjualan mulai sekarang tidak lagi mendapatkannya, setelah draf diterbitkan.</translation>
    </message>
    <message>
        <source>{name} taken out of the draft.</source>
        <translation>{name} dikeluarkan dari draf.</translation>
    </message>
    <message>
        <source>{name} ends now (in the draft).</source>
        <translation>{name} berakhir sekarang (di draf).</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>Over the days each ran in the range. Its sales&apos; average basket beside the other member sales of those days hints at extra spend, without proving it.</source>
        <translation>Selama hari-hari berjalannya dalam rentang ini. Rata-rata belanja penjualannya dibanding penjualan anggota lain pada hari yang sama memberi petunjuk belanja tambahan, tanpa membuktikannya.</translation>
    </message>
    <message>
        <source>Points given per campaign</source>
        <translation>Poin yang diberikan per kampanye</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Belanja</translation>
    </message>
    <message>
        <source>Avg basket</source>
        <translation>Rata-rata belanja</translation>
    </message>
    <message>
        <source>Others&apos; basket</source>
        <translation>Belanja lainnya</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
</context>
<context>
    <name>CardsSection</name>
    <message>
        <source>Print member cards</source>
        <translation>Cetak kartu anggota</translation>
    </message>
    <message>
        <source>Cards of new members wait in the print queue until a sheet of them is saved; blank pre-numbered cards are handed out at enrolment.</source>
        <translation>Kartu anggota baru menunggu di antrean cetak sampai lembarnya disimpan; kartu kosong bernomor dibagikan saat pendaftaran.</translation>
    </message>
    <message>
        <source>&amp;Cards waiting to be printed</source>
        <translation>&amp;Kartu yang menunggu dicetak</translation>
    </message>
    <message>
        <source>&amp;Blank numbered cards</source>
        <translation>Kartu &amp;kosong bernomor</translation>
    </message>
    <message>
        <source>Press F5 to see the sheet before printing.</source>
        <translation>Tekan F5 untuk melihat lembar sebelum mencetak.</translation>
    </message>
    <message>
        <source>F5
Preview</source>
        <translation>F5
Pratinjau</translation>
    </message>
    <message>
        <source>F9
Save PDF to print</source>
        <translation>F9
Simpan PDF untuk dicetak</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>&amp;Berapa banyak</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>Simpan &amp;ke</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Menyiapkan lembar…</translation>
    </message>
    <message>
        <source>Preparing the sheet… page {done} of {total}</source>
        <translation>Menyiapkan lembar… halaman {done} dari {total}</translation>
    </message>
    <message>
        <source>Nothing to print: every active member card has been printed already.</source>
        <translation>Tidak ada yang dicetak: semua kartu anggota aktif sudah dicetak.</translation>
    </message>
    <message>
        <source>{cards} card(s) on {pages} page(s). Print at 100 % (actual size).</source>
        <translation>{cards} kartu di {pages} halaman. Cetak pada 100 % (ukuran asli).</translation>
    </message>
    <message>
        <source>The choice changed; press F5 for a new preview.</source>
        <translation>Pilihan berubah; tekan F5 untuk pratinjau baru.</translation>
    </message>
    <message>
        <source>Preview the sheet first (F5).</source>
        <translation>Pratinjau lembarnya dahulu (F5).</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Disimpan ke {path}.</translation>
    </message>
</context>
<context>
    <name>CardsTable</name>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>works</source>
        <translation>berfungsi</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>diblokir</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>diganti</translation>
    </message>
</context>
<context>
    <name>CatalogProductsModel</name>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
</context>
<context>
    <name>CategoriesPanel</name>
    <message>
        <source>A category is only a name, so it is not renamed: add the new name, move the products, then remove the old one. One still in use is never removed.</source>
        <translation>Kategori hanyalah nama, jadi tidak diganti namanya: tambahkan nama baru, pindahkan produknya, lalu hapus yang lama. Kategori yang masih dipakai tidak pernah dihapus.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>New category name</source>
        <translation>Nama kategori baru</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Tambah kategori</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Remove the chosen category</source>
        <translation>Hapus kategori terpilih</translation>
    </message>
    <message>
        <source>{name}  (1 product)</source>
        <translation>{name}  (1 produk)</translation>
    </message>
    <message>
        <source>{name}  ({count} products)</source>
        <translation>{name}  ({count} produk)</translation>
    </message>
    <message>
        <source>Type the new category&apos;s name first.</source>
        <translation>Ketik nama kategori baru terlebih dahulu.</translation>
    </message>
    <message>
        <source>Category {name} added.</source>
        <translation>Kategori {name} ditambahkan.</translation>
    </message>
    <message>
        <source>Choose the category to remove in the list first.</source>
        <translation>Pilih kategori yang akan dihapus di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Category {name} removed.</source>
        <translation>Kategori {name} dihapus.</translation>
    </message>
</context>
<context>
    <name>ChainBanner</name>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Verifikasi lagi</translation>
    </message>
    <message>
        <source>The audit chain has not been verified yet.</source>
        <translation>Rantai audit belum diverifikasi.</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Memverifikasi rantai audit…</translation>
    </message>
    <message>
        <source>You can read and filter the log meanwhile.</source>
        <translation>Sementara itu Anda dapat membaca dan memfilter log.</translation>
    </message>
    <message>
        <source>{checked} of {total} entries</source>
        <translation>{checked} dari {total} entri</translation>
    </message>
    <message>
        <source>✔ Chain intact: {count} entries verified</source>
        <translation>✔ Rantai utuh: {count} entri terverifikasi</translation>
    </message>
    <message>
        <source>✖ Chain BROKEN: the audit log was altered after it was written</source>
        <translation>✖ Rantai RUSAK: log audit diubah setelah ditulis</translation>
    </message>
    <message>
        <source>… and {count} more problem(s).</source>
        <translation>… dan {count} masalah lainnya.</translation>
    </message>
    <message>
        <source>The audit chain could not be verified.</source>
        <translation>Rantai audit tidak dapat diverifikasi.</translation>
    </message>
</context>
<context>
    <name>ChallengesTab</name>
    <message>
        <source>Challenges</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <source>Completions and their points in the range. Where members stand is as of now, in each challenge&apos;s current period (or run of visits): how many members have 1, 2 … of the target.</source>
        <translation>Penyelesaian dan poinnya dalam rentang. Posisi anggota dihitung saat ini, dalam periode berjalan tiap tantangan (atau rangkaian kunjungan): berapa anggota yang sudah 1, 2 … dari sasaran.</translation>
    </message>
    <message>
        <source>Completions per challenge</source>
        <translation>Penyelesaian per tantangan</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Under way now</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <source>Where they stand</source>
        <translation>Posisi mereka</translation>
    </message>
</context>
<context>
    <name>CharitiesTab</name>
    <message>
        <source>{donations:,} donation(s) in the range gave {points:,} points, {money}: what the shop pays the charities, at the rate each had when the points were given.</source>
        <translation>{donations:,} donasi dalam rentang ini memberi {points:,} poin, {money}: yang dibayar toko kepada badan amal, dengan tarif masing-masing saat poin diberikan.</translation>
    </message>
    <message>
        <source>No points were given to a charity in the range.</source>
        <translation>Tidak ada poin yang didonasikan ke badan amal dalam rentang ini.</translation>
    </message>
    <message>
        <source>Money given per charity</source>
        <translation>Uang yang diberikan per badan amal</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>Badan amal</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Donasi</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Uang</translation>
    </message>
</context>
<context>
    <name>ConsentHistory</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Pemasaran</translation>
    </message>
    <message>
        <source>Data processing</source>
        <translation>Pemrosesan data</translation>
    </message>
    <message>
        <source>enrolment at the till</source>
        <translation>pendaftaran di kasir</translation>
    </message>
    <message>
        <source>changed by the shop</source>
        <translation>diubah oleh toko</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <source>asked by the member</source>
        <translation>diminta oleh anggota</translation>
    </message>
    <message>
        <source>member erased</source>
        <translation>anggota dihapus</translation>
    </message>
    <message>
        <source>held before consents were recorded</source>
        <translation>dimiliki sebelum persetujuan dicatat</translation>
    </message>
    <message>
        <source>given</source>
        <translation>diberikan</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ditarik</translation>
    </message>
</context>
<context>
    <name>CountingLines</name>
    <message>
        <source>{name} complete: +{points} with this sale</source>
        <translation>{name} selesai: +{points} dengan penjualan ini</translation>
    </message>
    <message>
        <source>{name} {count}/{target}</source>
        <translation>{name} {count}/{target}</translation>
    </message>
    <message>
        <source>New badge: {name}</source>
        <translation>Lencana baru: {name}</translation>
    </message>
    <message>
        <source>Badges: {names}</source>
        <translation>Lencana: {names}</translation>
    </message>
    <message>
        <source>{name} until {day}</source>
        <translation>{name} sampai {day}</translation>
    </message>
</context>
<context>
    <name>CountingPage</name>
    <message>
        <source>Buys per period</source>
        <translation>Beli per periode</translation>
    </message>
    <message>
        <source>Visits in a row</source>
        <translation>Kunjungan berturut-turut</translation>
    </message>
    <message>
        <source>week</source>
        <translation>minggu</translation>
    </message>
    <message>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Categories tried</source>
        <translation>Kategori dicoba</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Categories or product codes, separated by commas; empty: every purchase</source>
        <translation>Kategori atau kode produk, dipisah koma; kosong: setiap pembelian</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Ambang</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Fee ({currency})</source>
        <translation>Biaya ({currency})</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Dijual</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>A challenge pays its bonus points once per period (or each time the visits in a row reach the target); badges are awarded once; a paid membership puts the member in its tier and the yearly review leaves them there until it ends. The fee is taken on the shop&apos;s register.</source>
        <translation>Tantangan memberi poin bonusnya sekali per periode (atau tiap kali kunjungan berturut-turut mencapai sasaran); lencana diberikan sekali; keanggotaan berbayar menempatkan anggota di tingkatnya dan tinjauan tahunan membiarkannya di sana sampai berakhir. Biayanya diterima di mesin kasir toko.</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>&amp;Tantangan</translation>
    </message>
    <message>
        <source>Ba&amp;dges</source>
        <translation>Le&amp;ncana</translation>
    </message>
    <message>
        <source>Paid &amp;memberships</source>
        <translation>Keanggotaan &amp;berbayar</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>baris {row}</translation>
    </message>
    <message>
        <source>{name}: {what} is a whole number.</source>
        <translation>{name}: {what} berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>sasaran</translation>
    </message>
    <message>
        <source>the bonus points</source>
        <translation>poin bonus</translation>
    </message>
    <message>
        <source>the threshold</source>
        <translation>ambang</translation>
    </message>
    <message>
        <source>the months</source>
        <translation>jumlah bulan</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>{count} more error(s) since.</source>
        <translation>{count} kesalahan lagi sejak itu.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

The till is still running; if it misbehaves, restart it.</source>
        <translation>Terjadi kesalahan: {summary}

Kasir masih berjalan; jika bermasalah, jalankan ulang.</translation>
    </message>
    <message>
        <source>No log file could be written; note what you were doing and tell your support.</source>
        <translation>Berkas log tidak dapat ditulis; catat apa yang sedang Anda lakukan dan beri tahu dukungan teknis Anda.</translation>
    </message>
    <message>
        <source>The details are in the log file
{path}
Send it to your support.</source>
        <translation>Rinciannya ada di berkas log
{path}
Kirimkan ke dukungan teknis Anda.</translation>
    </message>
</context>
<context>
    <name>CreateStaffDialog</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>what they type to sign in, e.g. kari</source>
        <translation>yang diketik saat masuk, mis. kari</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>shown on screens and receipts, e.g. Kari Nordmann</source>
        <translation>tampil di layar dan struk, mis. Kari Nordmann</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Akun staf baru</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Ketik nama pengguna.</translation>
    </message>
</context>
<context>
    <name>CsvPanel</name>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Import products from CSV</source>
        <translation>Impor produk dari CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Export products to CSV</source>
        <translation>Ekspor produk ke CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Menulis {file}…</translation>
    </message>
    <message>
        <source>Checking rows: {done} of {total}</source>
        <translation>Memeriksa baris: {done} dari {total}</translation>
    </message>
    <message>
        <source>Saving products: {done} of {total}</source>
        <translation>Menyimpan produk: {done} dari {total}</translation>
    </message>
    <message>
        <source>Products imported from {file}: {saved}.</source>
        <translation>Produk diimpor dari {file}: {saved}.</translation>
    </message>
    <message>
        <source>Products imported from {file}: {saved}. Rows left out, with problems: {bad}.</source>
        <translation>Produk diimpor dari {file}: {saved}. Baris yang dilewati karena bermasalah: {bad}.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported from {file}.</source>
        <translation>Impor dibatalkan: tidak ada yang diimpor dari {file}.</translation>
    </message>
    <message>
        <source>Products exported to {path}: {count}.</source>
        <translation>Produk diekspor ke {path}: {count}.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Layar pelanggan</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Selamat datang!</translation>
    </message>
    <message>
        <source>Scan your loyalty card to earn points on today&apos;s shopping.</source>
        <translation>Pindai kartu loyalitas Anda untuk mendapat poin dari belanja hari ini.</translation>
    </message>
    <message>
        <source>You won: {prize}!</source>
        <translation>Anda menang: {prize}!</translation>
    </message>
    <message>
        <source>+{points}</source>
        <translation>+{points}</translation>
    </message>
    <message>
        <source>Not a member yet?</source>
        <translation>Belum jadi anggota?</translation>
    </message>
    <message>
        <source>Join today and this sale earns you</source>
        <translation>Daftar hari ini dan penjualan ini memberi Anda</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Halo, {name}!</translation>
    </message>
    <message>
        <source>Points this sale</source>
        <translation>Poin penjualan ini</translation>
    </message>
    <message>
        <source>Your balance: {points} points</source>
        <translation>Saldo Anda: {points} poin</translation>
    </message>
    <message>
        <source>You can have a {reward} now!</source>
        <translation>Anda bisa mendapat {reward} sekarang!</translation>
    </message>
    <message>
        <source>{points} points to {reward}</source>
        <translation>{points} poin lagi menuju {reward}</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Manual discount</source>
        <translation>Diskon manual</translation>
    </message>
    <message>
        <source>Discount on {name}</source>
        <translation>Diskon untuk {name}</translation>
    </message>
    <message>
        <source>Line total {total}. Type the amount off, e.g. 10.00. A manager approves it next.</source>
        <translation>Total baris {total}. Ketik potongannya, mis. 10.00. Selanjutnya manajer menyetujuinya.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>The discount must be more than 0 and at most {total}.</source>
        <translation>Diskon harus lebih dari 0 dan paling banyak {total}.</translation>
    </message>
</context>
<context>
    <name>DonateDialog</name>
    <message>
        <source>Donate points</source>
        <translation>Donasikan poin</translation>
    </message>
    <message>
        <source>{name} gives points to a charity</source>
        <translation>{name} mendonasikan poin ke badan amal</translation>
    </message>
    <message>
        <source>{points:,} points to give. The points leave the member&apos;s balance; the shop pays the charity what they are worth.</source>
        <translation>{points:,} poin dapat diberikan. Poin keluar dari saldo anggota; toko membayar nilainya kepada badan amal.</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>Badan amal</translation>
    </message>
    <message>
        <source>Points to give</source>
        <translation>Poin yang diberikan</translation>
    </message>
    <message>
        <source>&amp;Charity</source>
        <translation>&amp;Badan amal</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Poin</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Donasikan</translation>
    </message>
    <message>
        <source>{points:,} points = {amount} to {charity}</source>
        <translation>{points:,} poin = {amount} untuk {charity}</translation>
    </message>
    <message>
        <source>Type the points to give.</source>
        <translation>Ketik poin yang akan diberikan.</translation>
    </message>
    <message>
        <source>The member has {points:,} points.</source>
        <translation>Anggota punya {points:,} poin.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>I have &amp;written the recovery code down</source>
        <translation>Saya sudah &amp;menulis kode pemulihan</translation>
    </message>
    <message>
        <source>Then sign in as {user} with your PIN.</source>
        <translation>Lalu masuk sebagai {user} dengan PIN Anda.</translation>
    </message>
    <message>
        <source>Tick the box (Alt+W or Space) once the code is on paper; it cannot be shown again.</source>
        <translation>Centang kotaknya (Alt+W atau Spasi) setelah kode tertulis di kertas; kode tidak dapat ditampilkan lagi.</translation>
    </message>
</context>
<context>
    <name>EarningPage</name>
    <message>
        <source>Amount that earns the base rate</source>
        <translation>Jumlah yang mendapat tarif dasar</translation>
    </message>
    <message>
        <source>Down (no point that is not fully earned)</source>
        <translation>Ke bawah (tanpa poin yang belum penuh didapat)</translation>
    </message>
    <message>
        <source>To the nearest point (half up)</source>
        <translation>Ke poin terdekat (setengah ke atas)</translation>
    </message>
    <message>
        <source>To the nearest point (half to even)</source>
        <translation>Ke poin terdekat (setengah ke genap)</translation>
    </message>
    <message>
        <source>Up (any part earns a whole point)</source>
        <translation>Ke atas (setiap bagian mendapat satu poin penuh)</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>Harga termasuk PPN</translation>
    </message>
    <message>
        <source>Price excluding VAT</source>
        <translation>Harga belum termasuk PPN</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Pengali</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>Mendapat poin</translation>
    </message>
    <message>
        <source>point(s) per</source>
        <translation>poin per</translation>
    </message>
    <message>
        <source>&amp;Base rate</source>
        <translation>&amp;Tarif dasar</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>&amp;Pembulatan</translation>
    </message>
    <message>
        <source>&amp;Minimum basket</source>
        <translation>Belanja &amp;minimum</translation>
    </message>
    <message>
        <source>Earn o&amp;n</source>
        <translation>Dapat poin &amp;dari</translation>
    </message>
    <message>
        <source>&amp;Daily cap per member</source>
        <translation>&amp;Batas harian per anggota</translation>
    </message>
    <message>
        <source>Type a new multiplier on a row (100 % = the base rate); Space switches “Earns”.</source>
        <translation>Ketik pengali baru pada sebuah baris (100 % = tarif dasar); Spasi mengubah “Mendapat poin”.</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>mendapat poin</translation>
    </message>
    <message>
        <source>The amount per point must be above 0.</source>
        <translation>Jumlah per poin harus di atas 0.</translation>
    </message>
</context>
<context>
    <name>EndOfDayTab</name>
    <message>
        <source>{day} in the shop&apos;s time zone ({zone}), the To date: {sales:,} sale(s) and {returns:,} return(s), {money} net. Amount-only entries: {entries:,} for {register}, in the register&apos;s own count.</source>
        <translation>{day} di zona waktu toko ({zone}), tanggal Sampai: {sales:,} penjualan dan {returns:,} retur, {money} bersih. Entri jumlah saja: {entries:,} untuk {register}, menurut hitungan mesin kasir sendiri.</translation>
    </message>
    <message>
        <source>Sales and returns per till and cashier</source>
        <translation>Penjualan dan retur per kasir dan petugas</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Total bersih</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Kartu hadiah</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Poin diberikan</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Poin ditukar</translation>
    </message>
    <message>
        <source>Amount-only</source>
        <translation>Jumlah saja</translation>
    </message>
    <message>
        <source>Amount-only total</source>
        <translation>Total jumlah saja</translation>
    </message>
    <message>
        <source>Gift card sales</source>
        <translation>Penjualan kartu hadiah</translation>
    </message>
    <message>
        <source>Membership sales</source>
        <translation>Penjualan keanggotaan</translation>
    </message>
    <message>
        <source>Key into the register apart from sales: {cards} for gift cards ({sold:,} sold, {topped:,} topped up).</source>
        <translation>Masukkan ke mesin kasir terpisah dari penjualan: {cards} untuk kartu hadiah ({sold:,} dijual, {topped:,} diisi ulang).</translation>
    </message>
    <message>
        <source>Key into the register apart from sales: {fees} for {memberships:,} paid membership(s).</source>
        <translation>Masukkan ke mesin kasir terpisah dari penjualan: {fees} untuk {memberships:,} keanggotaan berbayar.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a new member</source>
        <translation>Daftarkan anggota baru</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nama depan dan belakang</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Nomor ponsel</translation>
    </message>
    <message>
        <source>name@example.com (optional)</source>
        <translation>nama@contoh.com (opsional)</translation>
    </message>
    <message>
        <source>e.g. {example} (optional)</source>
        <translation>mis. {example} (opsional)</translation>
    </message>
    <message>
        <source>A friend&apos;s referral code (optional)</source>
        <translation>Kode rekomendasi teman (opsional)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>&amp;Data processing (required)</source>
        <translation>&amp;Pemrosesan data (wajib)</translation>
    </message>
    <message>
        <source>Needed to keep the member&apos;s card, points and contact details. Without it we cannot enrol.</source>
        <translation>Diperlukan untuk menyimpan kartu, poin, dan kontak anggota. Tanpanya kami tidak dapat mendaftarkan.</translation>
    </message>
    <message>
        <source>&amp;Marketing offers (optional)</source>
        <translation>Penawaran &amp;pemasaran (opsional)</translation>
    </message>
    <message>
        <source>By email and SMS; the member can say no at any time.</source>
        <translation>Lewat email dan SMS; anggota bisa menolak kapan saja.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>&amp;Issue a new number, print later</source>
        <translation>&amp;Terbitkan nomor baru, cetak nanti</translation>
    </message>
    <message>
        <source>&amp;Scan a pre-printed card now</source>
        <translation>&amp;Pindai kartu pracetak sekarang</translation>
    </message>
    <message>
        <source>Scan the card, or type its 16 digits</source>
        <translation>Pindai kartunya, atau ketik 16 digitnya</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enrol member</source>
        <translation>Daftarkan anggota</translation>
    </message>
    <message>
        <source>&amp;Referral code</source>
        <translation>Kode &amp;rekomendasi</translation>
    </message>
    <message>
        <source>Mobile number, e.g. {example}</source>
        <translation>Nomor ponsel, mis. {example}</translation>
    </message>
    <message>
        <source>That was not a member card ({what}). Scan the card&apos;s QR code or barcode.</source>
        <translation>Itu bukan kartu anggota ({what}). Pindai kode QR atau barcode kartu.</translation>
    </message>
    <message>
        <source>Scan the card now, or choose &quot;Issue a new card number&quot;.</source>
        <translation>Pindai kartunya sekarang, atau pilih &quot;Terbitkan nomor kartu baru&quot;.</translation>
    </message>
    <message>
        <source>A card number has 16 digits.</source>
        <translation>Nomor kartu terdiri dari 16 digit.</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation>Ketik nama anggota.</translation>
    </message>
    <message>
        <source>A name has at most 120 characters.</source>
        <translation>Nama paling banyak 120 karakter.</translation>
    </message>
    <message>
        <source>Not a phone number: 6 to 15 digits, may start with +.</source>
        <translation>Bukan nomor telepon: 6 sampai 15 digit, boleh diawali +.</translation>
    </message>
    <message>
        <source>This phone number already belongs to a member: find them instead.</source>
        <translation>Nomor telepon ini sudah dimiliki anggota: cari anggota tersebut.</translation>
    </message>
    <message>
        <source>Not an email address (like name@example.com).</source>
        <translation>Bukan alamat email (seperti nama@contoh.com).</translation>
    </message>
    <message>
        <source>This email already belongs to a member: find them instead.</source>
        <translation>Email ini sudah dimiliki anggota: cari anggota tersebut.</translation>
    </message>
    <message>
        <source>Tick data processing (Space or Alt+D): it is required to join.</source>
        <translation>Centang pemrosesan data (Spasi atau Alt+D): wajib untuk bergabung.</translation>
    </message>
    <message>
        <source>This card already belongs to a member: use another card or issue a new number.</source>
        <translation>Kartu ini sudah dimiliki anggota: pakai kartu lain atau terbitkan nomor baru.</translation>
    </message>
    <message>
        <source>The card number&apos;s check digit is wrong: scan it again or retype it.</source>
        <translation>Digit pemeriksa nomor kartu salah: pindai lagi atau ketik ulang.</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>Tanggal lahir tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>That day does not exist: check the day and the month.</source>
        <translation>Tanggal itu tidak ada: periksa tanggal dan bulannya.</translation>
    </message>
    <message>
        <source>Type the birthday like {example}, or leave it empty.</source>
        <translation>Ketik tanggal lahir seperti {example}, atau biarkan kosong.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name} for good</source>
        <translation>Hapus {name} selamanya</translation>
    </message>
    <message>
        <source>Name, phone, email, birthday and consents are removed from the member and from anything waiting to sync (receipts never hold them). Their {points:,} points are forfeited and every card stops working. Sales, points history and totals stay, under the member id only. This cannot be undone: export the data first if the member asked for a copy.</source>
        <translation>Nama, telepon, email, tanggal lahir, dan persetujuan dihapus dari anggota dan dari data yang menunggu sinkronisasi (struk tidak pernah memuatnya). {points:,} poinnya hangus dan semua kartunya berhenti berfungsi. Penjualan, riwayat poin, dan total tetap ada, hanya dengan ID anggota. Ini tidak dapat dibatalkan: ekspor datanya dahulu jika anggota meminta salinan.</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Ketik {word} untuk konfirmasi</translation>
    </message>
    <message>
        <source>Type {word} in capitals: erasing cannot be undone.</source>
        <translation>Ketik {word} dengan huruf kapital: penghapusan tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>ExpiryPage</name>
    <message>
        <source>Take back what is left, stop at 0 and flag the member</source>
        <translation>Ambil kembali sisanya, berhenti di 0, dan tandai anggota</translation>
    </message>
    <message>
        <source>Take back everything (the balance may go below 0)</source>
        <translation>Ambil kembali semuanya (saldo bisa di bawah 0)</translation>
    </message>
    <message>
        <source>Points expire this long &amp;after they are earned</source>
        <translation>Poin kedaluwarsa selama ini &amp;setelah didapat</translation>
    </message>
    <message>
        <source>All points expire after this long &amp;without activity</source>
        <translation>Semua poin kedaluwarsa setelah selama ini &amp;tanpa aktivitas</translation>
    </message>
    <message>
        <source>When a &amp;return takes back points the member has already spent</source>
        <translation>Saat &amp;retur mengambil kembali poin yang sudah dipakai anggota</translation>
    </message>
    <message>
        <source>0 months = never. Points already earned keep the expiry date they were given; the new rule applies to points earned after publishing.</source>
        <translation>0 bulan = tidak pernah. Poin yang sudah didapat tetap memakai tanggal kedaluwarsanya; aturan baru berlaku untuk poin yang didapat setelah diterbitkan.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the data of {name}</source>
        <translation>Ekspor data {name}</translation>
    </message>
    <message>
        <source>Everything held about the member: profile, consents, cards, points history, purchases and receipts. A file ending in .pdf is a readable document to hand over; any other name gets JSON. The export is recorded in the audit log.</source>
        <translation>Semua yang disimpan tentang anggota: profil, persetujuan, kartu, riwayat poin, pembelian, dan struk. Berkas berakhiran .pdf adalah dokumen yang mudah dibaca untuk diserahkan; nama lain menghasilkan JSON. Ekspor dicatat di log audit.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Say where to write the file.</source>
        <translation>Sebutkan tempat menulis berkas.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
</context>
<context>
    <name>FlowsTab</name>
    <message>
        <source>Points per month</source>
        <translation>Poin per bulan</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Ditukar</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
</context>
<context>
    <name>GiftCardDialog</name>
    <message>
        <source>Gift card</source>
        <translation>Kartu hadiah</translation>
    </message>
    <message>
        <source>Scan the card or type its number. Leave the number empty to sell a new card.</source>
        <translation>Pindai kartu atau ketik nomornya. Kosongkan nomor untuk menjual kartu baru.</translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation>Nomor kartu hadiah</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Nomor kartu</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Jumlah</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Sell / top up, cash</source>
        <translation>Jual / isi ulang, tunai</translation>
    </message>
    <message>
        <source>Sell / top up, card</source>
        <translation>Jual / isi ulang, kartu</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Pay part of this sale</source>
        <translation>Bayar sebagian penjualan ini</translation>
    </message>
    <message>
        <source>Selling a card: finish or void the sale first; the card has a slip of its own.</source>
        <translation>Menjual kartu: selesaikan atau batalkan penjualan dulu; kartu punya bukti sendiri.</translation>
    </message>
    <message>
        <source>Money taken for a card is also keyed into the shop&apos;s register.</source>
        <translation>Uang yang diterima untuk kartu juga dimasukkan ke mesin kasir toko.</translation>
    </message>
    <message>
        <source>{card}: {amount} on the card</source>
        <translation>{card}: {amount} di kartu</translation>
    </message>
    <message>
        <source>Type the amount to put on the card.</source>
        <translation>Ketik jumlah yang diisikan ke kartu.</translation>
    </message>
    <message>
        <source>Nothing left on this card to pay with.</source>
        <translation>Tidak ada sisa di kartu ini untuk membayar.</translation>
    </message>
    <message>
        <source>The card can pay at most the amount due, {due}.</source>
        <translation>Kartu dapat membayar paling banyak jumlah tagihan, {due}.</translation>
    </message>
    <message>
        <source>The card holds only {amount}.</source>
        <translation>Kartu hanya berisi {amount}.</translation>
    </message>
</context>
<context>
    <name>GiftCardVoidDialog</name>
    <message>
        <source>Look up or void a gift card</source>
        <translation>Cari atau batalkan kartu hadiah</translation>
    </message>
    <message>
        <source>Scan the card or type its number and press Enter: its balance and history show. To void it, type why and press Enter again: what is left leaves the card, and every till refuses the card afterwards with your reason.</source>
        <translation>Pindai kartu atau ketik nomornya lalu tekan Enter: saldo dan riwayatnya tampil. Untuk membatalkannya, ketik alasannya dan tekan Enter lagi: sisa saldo keluar dari kartu, dan setiap kasir menolak kartu itu sesudahnya dengan alasan Anda.</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation>Nomor &amp;kartu</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>Kartu ini</translation>
    </message>
    <message>
        <source>The card&apos;s history</source>
        <translation>Riwayat kartu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>e.g. reported lost by its holder, money refunded in cash</source>
        <translation>mis. dilaporkan hilang oleh pemegangnya, uang dikembalikan tunai</translation>
    </message>
    <message>
        <source>&amp;Reason for voiding</source>
        <translation>&amp;Alasan pembatalan</translation>
    </message>
    <message>
        <source>Void {amount}</source>
        <translation>Batalkan {amount}</translation>
    </message>
    <message>
        <source>A gift card number is GC and 10 digits, as printed on the card.</source>
        <translation>Nomor kartu hadiah adalah GC dan 10 angka, seperti tercetak di kartu.</translation>
    </message>
    <message>
        <source>Say why: the till shows the reason when the card is used.</source>
        <translation>Sebutkan alasannya: kasir menampilkan alasan itu saat kartu dipakai.</translation>
    </message>
    <message>
        <source>{card}: voided on {day}. {balance} on it now.</source>
        <translation>{card}: dibatalkan pada {day}. Saldo sekarang {balance}.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <source>{card}: {balance} left, sold on {day}. Type why it is voided, then press Enter to void it.</source>
        <translation>{card}: sisa {balance}, dijual pada {day}. Ketik alasan pembatalan, lalu tekan Enter untuk membatalkannya.</translation>
    </message>
    <message>
        <source>{card}: {balance} on it, nothing to void.</source>
        <translation>{card}: saldo {balance}, tidak ada yang bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Dijual</translation>
    </message>
    <message>
        <source>Topped up</source>
        <translation>Diisi ulang</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Dipakai membayar</translation>
    </message>
    <message>
        <source>Given back (return)</source>
        <translation>Dikembalikan (retur)</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>GiftCardsTab</name>
    <message>
        <source>Look up or void a gift card</source>
        <translation>Cari atau batalkan kartu hadiah</translation>
    </message>
    <message>
        <source>{cards:,} card(s) hold {owed}: what the shop owes their holders now, whatever the range. In the range: {sold:,} card(s) sold, {loaded} put on cards, {paid} paid with them, {voided} voided.</source>
        <translation>{cards:,} kartu berisi {owed}: yang kini terutang toko kepada pemegangnya, apa pun rentangnya. Dalam rentang: {sold:,} kartu terjual, {loaded} diisikan ke kartu, {paid} dibayar dengannya, {voided} dibatalkan.</translation>
    </message>
    <message>
        <source>{count:,} card(s) went below zero when offline tills spent the same money; they are listed first: settle each with its holder.</source>
        <translation>{count:,} kartu menjadi di bawah nol karena kasir offline memakai uang yang sama; kartu itu tercantum pertama: selesaikan masing-masing dengan pemegangnya.</translation>
    </message>
    <message>
        <source>The table lists the first {count:,} cards by number; the totals count all.</source>
        <translation>Tabel mencantumkan {count:,} kartu pertama menurut nomor; totalnya menghitung semua.</translation>
    </message>
    <message>
        <source>Gift card money in the range ({currency})</source>
        <translation>Uang kartu hadiah dalam rentang ({currency})</translation>
    </message>
    <message>
        <source>Put on cards</source>
        <translation>Diisikan ke kartu</translation>
    </message>
    <message>
        <source>Paid with cards</source>
        <translation>Dibayar dengan kartu</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>below zero: settle</source>
        <translation>di bawah nol: selesaikan</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Put on</source>
        <translation>Diisikan</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>Dijual pada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Terakhir dipakai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>GivingPage</name>
    <message>
        <source>Charities</source>
        <translation>Badan amal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>give ({currency})</source>
        <translation>memberi ({currency})</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <source>Add a charity</source>
        <translation>Tambah badan amal</translation>
    </message>
    <message>
        <source>&amp;Charities: a row says how many points give how much money. Untick &quot;Offered&quot; to stop offering one; its donations stay in the reports.</source>
        <translation>&amp;Badan amal: tiap baris menyatakan berapa poin memberi berapa uang. Hapus centang &quot;Ditawarkan&quot; untuk berhenti menawarkannya; donasinya tetap ada di laporan.</translation>
    </message>
    <message>
        <source>Gift cards</source>
        <translation>Kartu hadiah</translation>
    </message>
    <message>
        <source>Sell gift cards and take them as payment</source>
        <translation>Jual kartu hadiah dan terima sebagai pembayaran</translation>
    </message>
    <message>
        <source>&amp;Sell gift cards and take them as payment</source>
        <translation>&amp;Jual kartu hadiah dan terima sebagai pembayaran</translation>
    </message>
    <message>
        <source>Most put on a card at once</source>
        <translation>Paling banyak diisikan ke kartu sekaligus</translation>
    </message>
    <message>
        <source>Most a card pays a day on a till that has not synced</source>
        <translation>Paling banyak dibayar kartu per hari di kasir yang belum sinkron</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>&amp;Most put on a card at once</source>
        <translation>Paling &amp;banyak diisikan ke kartu sekaligus</translation>
    </message>
    <message>
        <source>Most a card pays a day on a till that has not &amp;synced (empty: no limit)</source>
        <translation>Paling banyak dibayar kartu per hari di kasir yang belum &amp;sinkron (kosong: tanpa batas)</translation>
    </message>
    <message>
        <source>The till is not the shop&apos;s register: the money taken for a card is also keyed into the register. A card&apos;s money is paid back to it when a sale it paid is returned.</source>
        <translation>Kasir ini bukan mesin kasir toko: uang yang diterima untuk kartu juga dimasukkan ke mesin kasir. Uang kartu dikembalikan ke kartu itu bila penjualan yang dibayarnya diretur.</translation>
    </message>
</context>
<context>
    <name>HoldoutTab</name>
    <message>
        <source>too few members</source>
        <translation>anggota terlalu sedikit</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} s.d. {high}</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>tidak ada perbedaan jelas</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>lebih tinggi</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lebih rendah</translation>
    </message>
    <message>
        <source>Each campaign&apos;s control group never got it (a hash of member and campaign, the same on every till). Per member over the campaign&apos;s days, members who could get it against the control group; the difference with its 95 % interval (Welch&apos;s t). An interval that holds 0 means no clear difference.</source>
        <translation>Kelompok kontrol setiap kampanye tidak pernah mendapatkannya (hash dari anggota dan kampanye, sama di setiap kasir). Per anggota selama hari-hari kampanye, anggota yang bisa mendapatkannya dibandingkan dengan kelompok kontrol; selisihnya dengan interval 95 % (t Welch). Interval yang memuat 0 berarti tidak ada perbedaan jelas.</translation>
    </message>
    <message>
        <source>Spend per member ({currency})</source>
        <translation>Belanja per anggota ({currency})</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Kelompok kontrol</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Interval 95 %</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Members&apos; average</source>
        <translation>Rata-rata anggota</translation>
    </message>
    <message>
        <source>Control average</source>
        <translation>Rata-rata kontrol</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>{campaign} · {segment}</source>
        <translation>{campaign} · {segment}</translation>
    </message>
    <message>
        <source>Spend per member</source>
        <translation>Belanja per anggota</translation>
    </message>
    <message>
        <source>Visits per member</source>
        <translation>Kunjungan per anggota</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Ctrl+I  Choose…</source>
        <translation>Ctrl+I  Pilih…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I  Remove</source>
        <translation>Ctrl+Shift+I  Hapus</translation>
    </message>
    <message>
        <source>Choose the reward&apos;s picture</source>
        <translation>Pilih gambar hadiah</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>That file is not a picture this till can read.</source>
        <translation>Berkas itu bukan gambar yang dapat dibaca kasir ini.</translation>
    </message>
    <message>
        <source>No
picture</source>
        <translation>Tanpa
gambar</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Products import — problems found</source>
        <translation>Impor produk — ditemukan masalah</translation>
    </message>
    <message>
        <source>{rows} rows read: {good} good, {bad} with problems (listed below, with the line in the file). Import the good rows now, or cancel, fix the file and import it again.</source>
        <translation>{rows} baris dibaca: {good} baik, {bad} bermasalah (tercantum di bawah, dengan barisnya di berkas). Impor baris yang baik sekarang, atau batalkan, perbaiki berkasnya, lalu impor lagi.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is. Fix it and import it again.</source>
        <translation>Berkas tidak dapat diimpor apa adanya. Perbaiki lalu impor lagi.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>Batal — jangan impor apa pun</translation>
    </message>
    <message>
        <source>Import the 1 good row</source>
        <translation>Impor 1 baris yang baik</translation>
    </message>
    <message>
        <source>Import the {good} good rows</source>
        <translation>Impor {good} baris yang baik</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>{file}: nothing has been imported yet</source>
        <translation>{file}: belum ada yang diimpor</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>The store&apos;s records do not add up; tell a manager. {first}</source>
        <translation>Catatan toko tidak cocok; beri tahu manajer. {first}</translation>
    </message>
    <message>
        <source>(and {count} more; a manager runs &apos;loyalty-pos check&apos;)</source>
        <translation>(dan {count} lainnya; manajer menjalankan &apos;loyalty-pos check&apos;)</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Registering this till with the chain server…</source>
        <translation>Mendaftarkan kasir ini ke server jaringan…</translation>
    </message>
    <message>
        <source>Receiving the shop, staff, card keys, program, products and members…</source>
        <translation>Menerima toko, staf, kunci kartu, program, produk, dan anggota…</translation>
    </message>
    <message>
        <source>Checking what arrived…</source>
        <translation>Memeriksa data yang diterima…</translation>
    </message>
    <message>
        <source>Saving the shop and its first backup…</source>
        <translation>Menyimpan toko dan cadangan pertamanya…</translation>
    </message>
    <message>
        <source>e.g. https://chain.example.com</source>
        <translation>mis. https://chain.example.com</translation>
    </message>
    <message>
        <source>e.g. 886A-92WT-GXNR</source>
        <translation>mis. 886A-92WT-GXNR</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Alamat &amp;server</translation>
    </message>
    <message>
        <source>https:// for a server on another machine; http:// only on this one.</source>
        <translation>https:// untuk server di komputer lain; http:// hanya di komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Kode pendaftaran</translation>
    </message>
    <message>
        <source>Dashes and case do not matter.</source>
        <translation>Tanda hubung dan huruf besar/kecil tidak berpengaruh.</translation>
    </message>
    <message>
        <source>Type the chain server&apos;s address.</source>
        <translation>Ketik alamat server jaringan.</translation>
    </message>
    <message>
        <source>Type the enrolment code head office gave you.</source>
        <translation>Ketik kode pendaftaran dari kantor pusat.</translation>
    </message>
</context>
<context>
    <name>LiabilityTab</name>
    <message>
        <source>{points:,} points open</source>
        <translation>{points:,} poin terbuka</translation>
    </message>
    <message>
        <source>worth {money}</source>
        <translation>senilai {money}</translation>
    </message>
    <message>
        <source>Valued at {basis}, what the shop pays out for them. Liability and expiry are as of now, whatever the date range.</source>
        <translation>Dinilai dengan {basis}, yang dibayarkan toko untuknya. Kewajiban dan kedaluwarsa dihitung per saat ini, apa pun rentang tanggalnya.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} hari</translation>
    </message>
    <message>
        <source>Points expiring within the next …</source>
        <translation>Poin yang kedaluwarsa dalam …</translation>
    </message>
    <message>
        <source>Points expiring</source>
        <translation>Poin kedaluwarsa</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>Poin terbuka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Expiring within {days} days</source>
        <translation>Kedaluwarsa dalam {days} hari</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Points / value</source>
        <translation>Poin / nilai</translation>
    </message>
</context>
<context>
    <name>LiabilityTrendTab</name>
    <message>
        <source>Points held at each month&apos;s end (the last: at the range&apos;s end), net of members&apos; debts, valued at today&apos;s {basis}.</source>
        <translation>Poin yang dimiliki di akhir tiap bulan (terakhir: di akhir rentang), dikurangi utang anggota, dinilai dengan {basis} hari ini.</translation>
    </message>
    <message>
        <source>Points outstanding at month end</source>
        <translation>Poin beredar di akhir bulan</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>Poin beredar</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>Nothing (a search is enough)</source>
        <translation>Tidak ada (pencarian sudah cukup)</translation>
    </message>
    <message>
        <source>The last digits of their phone</source>
        <translation>Digit terakhir telepon mereka</translation>
    </message>
    <message>
        <source>Their birth date</source>
        <translation>Tanggal lahir mereka</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> digit</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Caps (0 = no cap)</source>
        <translation>Batas atas (0 = tanpa batas)</translation>
    </message>
    <message>
        <source>Points &amp;redeemed per member a day</source>
        <translation>Poin ditukar per &amp;anggota per hari</translation>
    </message>
    <message>
        <source>Points earned on &amp;this till a day</source>
        <translation>Poin diperoleh di kasir ini per &amp;hari</translation>
    </message>
    <message>
        <source>Points redeemed on this till a &amp;day</source>
        <translation>Poin ditukar di kasir ini per ha&amp;ri</translation>
    </message>
    <message>
        <source>Points earned on one s&amp;ale</source>
        <translation>Poin &amp;diperoleh dalam satu penjualan</translation>
    </message>
    <message>
        <source>Points redeemed on &amp;one sale</source>
        <translation>Poin ditukar dalam &amp;satu penjualan</translation>
    </message>
    <message>
        <source>The daily earning cap per member is on the Earning tab. Member caps count every till&apos;s points this till has received; a till offline sees only its own.</source>
        <translation>Batas perolehan harian per anggota ada di tab Perolehan poin. Batas anggota menghitung poin dari semua kasir yang sudah diterima kasir ini; kasir yang offline hanya melihat poinnya sendiri.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>A points adjustment above this needs a second &amp;manager</source>
        <translation>Penyesuaian poin di atas ini perlu &amp;manajer kedua</translation>
    </message>
    <message>
        <source>A member found by search (not by card) must pro&amp;ve, before spending points</source>
        <translation>Anggota yang ditemukan lewat pencarian (b&amp;ukan kartu) harus membuktikan diri sebelum memakai poin</translation>
    </message>
    <message>
        <source>Phone digits as&amp;ked</source>
        <translation>Jumlah di&amp;git telepon yang ditanyakan</translation>
    </message>
    <message>
        <source>Unusual activity (0 = not watched)</source>
        <translation>Aktivitas tidak biasa (0 = tidak dipantau)</translation>
    </message>
    <message>
        <source>Counted &amp;within</source>
        <translation>Dihitung dalam &amp;waktu</translation>
    </message>
    <message>
        <source>Redemptions by one mem&amp;ber</source>
        <translation>Penukaran oleh satu angg&amp;ota</translation>
    </message>
    <message>
        <source>Redemptions rung up by one &amp;cashier</source>
        <translation>Penukaran yang diproses satu kas&amp;ir</translation>
    </message>
    <message>
        <source>Different members looked &amp;up by one cashier</source>
        <translation>Anggota berbeda yang di&amp;cari satu kasir</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Tidak dipantau</translation>
    </message>
</context>
<context>
    <name>LocalNamesField</name>
    <message>
        <source>Name in {language}</source>
        <translation>Nama dalam {language}</translation>
    </message>
    <message>
        <source>Description in {language}</source>
        <translation>Deskripsi dalam {language}</translation>
    </message>
    <message>
        <source>Names in other languages</source>
        <translation>Nama dalam bahasa lain</translation>
    </message>
    <message>
        <source>Names in other languages ({count})</source>
        <translation>Nama dalam bahasa lain ({count})</translation>
    </message>
    <message>
        <source>as the name above</source>
        <translation>sama dengan nama di atas</translation>
    </message>
    <message>
        <source>as the description above</source>
        <translation>sama dengan deskripsi di atas</translation>
    </message>
</context>
<context>
    <name>LogoPage</name>
    <message>
        <source>a PNG file, e.g. /home/siti/logo.png</source>
        <translation>berkas PNG, mis. /home/siti/logo.png</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>Berkas logo (opsional)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Logo (optional)</source>
        <translation>&amp;Logo (opsional)</translation>
    </message>
    <message>
        <source>Scaled to the member card&apos;s logo box (9 mm).</source>
        <translation>Diskalakan ke kotak logo kartu anggota (9 mm).</translation>
    </message>
    <message>
        <source>leave empty for PDF files</source>
        <translation>biarkan kosong untuk berkas PDF</translation>
    </message>
    <message>
        <source>&amp;Receipt printer (optional)</source>
        <translation>Printer &amp;struk (opsional)</translation>
    </message>
    <message>
        <source>e.g. escpos-network:192.168.1.50, escpos-usb:04b8:0e15, system:Receipt printer</source>
        <translation>mis. escpos-network:192.168.1.50, escpos-usb:04b8:0e15, system:Printer struk</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>Pilih logo toko</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Till — terminal {terminal}</source>
        <translation>Kasir — terminal {terminal}</translation>
    </message>
    <message>
        <source>Terminal {terminal}</source>
        <translation>Terminal {terminal}</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>&amp;Kasir</translation>
    </message>
    <message>
        <source>&amp;Lock till</source>
        <translation>&amp;Kunci kasir</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Reprint a receipt…</source>
        <translation>Cetak &amp;ulang struk…</translation>
    </message>
    <message>
        <source>&amp;Training mode</source>
        <translation>Mode &amp;latihan</translation>
    </message>
    <message>
        <source>&amp;Back office… (manager)</source>
        <translation>&amp;Back office… (manajer)</translation>
    </message>
    <message>
        <source>Print member &amp;cards… (manager)</source>
        <translation>Cetak &amp;kartu anggota… (manajer)</translation>
    </message>
    <message>
        <source>Re&amp;ports… (manager)</source>
        <translation>La&amp;poran… (manajer)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Customer display</source>
        <translation>Layar &amp;pelanggan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;About loyalty-pos…</source>
        <translation>&amp;Tentang loyalty-pos…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manajer</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>kasir</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Masuk: {user} ({role})</translation>
    </message>
    <message>
        <source>A sale started by {users} is parked: it comes back when they sign in.</source>
        <translation>Penjualan yang dimulai oleh {users} ditahan: akan kembali saat mereka masuk.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Memproses…</translation>
    </message>
    <message>
        <source>Finish the sale, or void it with F12, before signing out.</source>
        <translation>Selesaikan penjualan, atau batalkan dengan F12, sebelum keluar.</translation>
    </message>
    <message>
        <source>{user} signed out.</source>
        <translation>{user} sudah keluar.</translation>
    </message>
    <message>
        <source>the back office</source>
        <translation>back office</translation>
    </message>
    <message>
        <source>Scan not used: close the open window (Esc) first, then scan again.</source>
        <translation>Pindaian tidak dipakai: tutup jendela yang terbuka (Esc) dahulu, lalu pindai lagi.</translation>
    </message>
    <message>
        <source>Please sign in before scanning.</source>
        <translation>Silakan masuk sebelum memindai.</translation>
    </message>
    <message>
        <source>Scan not used: the till locked before it was read. Sign in and scan again.</source>
        <translation>Pindaian tidak dipakai: kasir terkunci sebelum membacanya. Masuk dan pindai lagi.</translation>
    </message>
    <message>
        <source>Scan refused.</source>
        <translation>Pindaian ditolak.</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>e.g. Siti Rahayu</source>
        <translation>mis. Siti Rahayu</translation>
    </message>
    <message>
        <source>typed at sign-in</source>
        <translation>diketik saat masuk</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 sampai 12 digit</translation>
    </message>
    <message>
        <source>the same PIN</source>
        <translation>PIN yang sama</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Nama Anda</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>Letters, digits, dots or underscores.</source>
        <translation>Huruf, angka, titik, atau garis bawah.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Not one digit repeated (0000) and not a row like 1234 or 9876.</source>
        <translation>Bukan satu angka berulang (0000) dan bukan urutan seperti 1234 atau 9876.</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN &amp;lagi</translation>
    </message>
</context>
<context>
    <name>MemberActionDialog</name>
    <message>
        <source>Member action</source>
        <translation>Aksi anggota</translation>
    </message>
    <message>
        <source>What did {name} do?</source>
        <translation>Apa yang dilakukan {name}?</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>No action campaign is running for this member. A manager adds them in the back office under Campaigns.</source>
        <translation>Tidak ada kampanye aksi yang berjalan untuk anggota ini. Manajer menambahkannya di back office pada Kampanye.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Give the points</source>
        <translation>Berikan poin</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>+{points} points</source>
        <translation>+{points} poin</translation>
    </message>
    <message>
        <source>{left} of {limit} left</source>
        <translation>sisa {left} dari {limit}</translation>
    </message>
    <message>
        <source>{left} of {limit} left today</source>
        <translation>sisa {left} dari {limit} hari ini</translation>
    </message>
    <message>
        <source>{left} of {limit} left this week</source>
        <translation>sisa {left} dari {limit} minggu ini</translation>
    </message>
    <message>
        <source>{left} of {limit} left this month</source>
        <translation>sisa {left} dari {limit} bulan ini</translation>
    </message>
    <message>
        <source>{left} of {limit} left this year</source>
        <translation>sisa {left} dari {limit} tahun ini</translation>
    </message>
</context>
<context>
    <name>MemberActionsTab</name>
    <message>
        <source>Referrals: {made:,} made, {converted:,} converted by a first purchase.</source>
        <translation>Rekomendasi: {made:,} dibuat, {converted:,} menjadi pembelian pertama.</translation>
    </message>
    <message>
        <source>Welcome back: {taken:,} taken; {away:,} member(s) away {days:,}+ days get it at their next visit.</source>
        <translation>Selamat datang kembali: {taken:,} diambil; {away:,} anggota absen {days:,}+ hari mendapatkannya pada kunjungan berikutnya.</translation>
    </message>
    <message>
        <source>Points given per action</source>
        <translation>Poin yang diberikan per aksi</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
</context>
<context>
    <name>MemberArea</name>
    <message>
        <source>F2  Member: phone, name or email</source>
        <translation>F2  Anggota: telepon, nama, atau email</translation>
    </message>
</context>
<context>
    <name>MemberHeader</name>
    <message>
        <source>Find a member, or scan their card.</source>
        <translation>Cari anggota, atau pindai kartunya.</translation>
    </message>
    <message>
        <source>{points:,} points</source>
        <translation>{points:,} poin</translation>
    </message>
    <message>
        <source>{points:,} points expire on {day}</source>
        <translation>{points:,} poin kedaluwarsa pada {day}</translation>
    </message>
    <message>
        <source>no points expire in the next 60 days</source>
        <translation>tidak ada poin yang kedaluwarsa dalam 60 hari ke depan</translation>
    </message>
    <message>
        <source>merged into {member}</source>
        <translation>digabung ke {member}</translation>
    </message>
    <message>
        <source>merged from {members} (their sales stay on those records)</source>
        <translation>digabung dari {members} (penjualannya tetap di catatan tersebut)</translation>
    </message>
</context>
<context>
    <name>MemberPanelWidget</name>
    <message>
        <source>No member on this sale.
Scan a card, or press F2 to find a member.</source>
        <translation>Tidak ada anggota pada penjualan ini.
Pindai kartu, atau tekan F2 untuk mencari anggota.</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Saldo poin</translation>
    </message>
    <message>
        <source>Rewards now</source>
        <translation>Hadiah sekarang</translation>
    </message>
    <message>
        <source>{points} points expire {date}</source>
        <translation>{points} poin kedaluwarsa {date}</translation>
    </message>
    <message>
        <source>Enough points for every reward.</source>
        <translation>Cukup untuk semua hadiah.</translation>
    </message>
    <message>
        <source>Next reward: {name}</source>
        <translation>Hadiah berikutnya: {name}</translation>
    </message>
    <message>
        <source>{have} / {cost} pts — {needed} to go</source>
        <translation>{have} / {cost} poin — kurang {needed}</translation>
    </message>
    <message>
        <source>Top tier: {tier}</source>
        <translation>Tingkat teratas: {tier}</translation>
    </message>
    <message>
        <source>Highest tier reached</source>
        <translation>Tingkat tertinggi tercapai</translation>
    </message>
    <message>
        <source>spend {amount} more</source>
        <translation>belanja {amount} lagi</translation>
    </message>
    <message>
        <source>{points} more points</source>
        <translation>{points} poin lagi</translation>
    </message>
    <message>
        <source>Next tier: {tier}</source>
        <translation>Tingkat berikutnya: {tier}</translation>
    </message>
    <message>
        <source>Campaign for segment &apos;{segment}&apos;: {campaign}</source>
        <translation>Kampanye untuk segmen &apos;{segment}&apos;: {campaign}</translation>
    </message>
</context>
<context>
    <name>MemberPricesPage</name>
    <message>
        <source>Applies to</source>
        <translation>Berlaku untuk</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% diskon</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Early: tier</source>
        <translation>Awal: tingkat</translation>
    </message>
    <message>
        <source>Early: until</source>
        <translation>Awal: sampai</translation>
    </message>
    <message>
        <source>&amp;Add a product with a member price</source>
        <translation>&amp;Tambah produk dengan harga anggota</translation>
    </message>
    <message>
        <source>Member price &amp;rows</source>
        <translation>&amp;Baris harga anggota</translation>
    </message>
    <message>
        <source>Type a member price or a % off on a row (one of them); “Tier” empty means every member. Early access: only that tier and up may buy the product until the day (YYYY-MM-DD). Del removes the row.</source>
        <translation>Ketik harga anggota atau % diskon pada baris (salah satunya); “Tingkat” kosong berarti semua anggota. Akses awal: hanya tingkat itu ke atas yang boleh membeli produk sampai hari tersebut (YYYY-MM-DD). Del menghapus baris.</translation>
    </message>
    <message>
        <source>{what}: a category takes a % off, not a price.</source>
        <translation>{what}: kategori memakai % diskon, bukan harga.</translation>
    </message>
    <message>
        <source>{what}: a member price or a % off, not both.</source>
        <translation>{what}: harga anggota atau % diskon, bukan keduanya.</translation>
    </message>
    <message>
        <source>Member price: {what}</source>
        <translation>Harga anggota: {what}</translation>
    </message>
    <message>
        <source>{what}: early access needs a product, a tier and a day (YYYY-MM-DD).</source>
        <translation>{what}: akses awal memerlukan produk, tingkat, dan hari (YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>MemberResultsModel</name>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <source>Name, phone, email or card number</source>
        <translation>Nama, telepon, email, atau nomor kartu</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <source>Find member</source>
        <translation>Cari anggota</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Sesuaikan poin</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Merge duplicate</source>
        <translation>Gabungkan duplikat</translation>
    </message>
    <message>
        <source>Block card</source>
        <translation>Blokir kartu</translation>
    </message>
    <message>
        <source>Re-issue card</source>
        <translation>Terbitkan ulang kartu</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Ekspor data</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>Inactive members</source>
        <translation>Anggota tidak aktif</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>S&amp;tatement, newest first</source>
        <translation>&amp;Mutasi poin, terbaru dahulu</translation>
    </message>
    <message>
        <source>Pro&amp;file &amp;&amp; cards</source>
        <translation>Pro&amp;fil &amp;&amp; kartu</translation>
    </message>
    <message>
        <source>C&amp;onsent history</source>
        <translation>Riwayat &amp;persetujuan</translation>
    </message>
    <message>
        <source>This scan is not a member card.</source>
        <translation>Pindaian ini bukan kartu anggota.</translation>
    </message>
    <message>
        <source>Nothing to save: the profile is as stored.</source>
        <translation>Tidak ada yang disimpan: profil sama dengan yang tersimpan.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
    <message>
        <source>Points adjusted: the member now has {points:,}.</source>
        <translation>Poin disesuaikan: anggota kini memiliki {points:,}.</translation>
    </message>
    <message>
        <source>Transferred: {giver:,} points left here, {receiver:,} with the receiver.</source>
        <translation>Ditransfer: tersisa {giver:,} poin di sini, {receiver:,} pada penerima.</translation>
    </message>
    <message>
        <source>Merged: {points:,} points and {cards} card(s) moved here; now {balance:,} points.</source>
        <translation>Digabung: {points:,} poin dan {cards} kartu dipindahkan ke sini; kini {balance:,} poin.</translation>
    </message>
    <message>
        <source>{name} has no working card to block.</source>
        <translation>{name} tidak punya kartu aktif untuk diblokir.</translation>
    </message>
    <message>
        <source>Card {number} blocked.</source>
        <translation>Kartu {number} diblokir.</translation>
    </message>
    <message>
        <source>New card {number} issued; the old card no longer works.</source>
        <translation>Kartu baru {number} diterbitkan; kartu lama tidak berfungsi lagi.</translation>
    </message>
    <message>
        <source>The member&apos;s data was written to {file}.</source>
        <translation>Data anggota ditulis ke {file}.</translation>
    </message>
    <message>
        <source>Member erased: {points:,} points forfeited, {cards} card(s) blocked, {receipts:,} receipt(s) anonymised.</source>
        <translation>Anggota dihapus: {points:,} poin hangus, {cards} kartu diblokir, {receipts:,} struk dianonimkan.</translation>
    </message>
    <message>
        <source>This member was already erased: nothing changed.</source>
        <translation>Anggota ini sudah dihapus: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>{n:,} inactive member(s) erased; {points:,} points forfeited.</source>
        <translation>{n:,} anggota tidak aktif dihapus; {points:,} poin hangus.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation>Gabungkan duplikat ke {name}</translation>
    </message>
    <message>
        <source>The duplicate&apos;s points (with their expiry dates) and cards move to {name}, and contact details {name} lacks are copied. The duplicate is closed; its sales stay on its own record. This cannot be undone.</source>
        <translation>Poin duplikat (dengan tanggal kedaluwarsanya) dan kartunya pindah ke {name}, dan kontak yang tidak dimiliki {name} disalin. Duplikat ditutup; penjualannya tetap di catatannya sendiri. Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplikat</translation>
    </message>
    <message>
        <source>{keep} has {points:,} points and will have {total:,} after the merge. Press Enter to merge, Esc to cancel.</source>
        <translation>{keep} memiliki {points:,} poin dan akan menjadi {total:,} setelah digabung. Tekan Enter untuk menggabungkan, Esc untuk batal.</translation>
    </message>
    <message>
        <source>Find the duplicate first: search, or scan its card.</source>
        <translation>Cari duplikatnya dahulu: telusuri, atau pindai kartunya.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
</context>
<context>
    <name>OptionalDayEdit</name>
    <message>
        <source>Any</source>
        <translation>Apa saja</translation>
    </message>
    <message>
        <source>↑↓ change the day; Delete: any day</source>
        <translation>↑↓ ubah tanggal; Delete: tanggal apa saja</translation>
    </message>
</context>
<context>
    <name>OtherMember</name>
    <message>
        <source>Nobody chosen yet: search, or scan their card.</source>
        <translation>Belum ada yang dipilih: telusuri, atau pindai kartunya.</translation>
    </message>
    <message>
        <source>This scan is not a member card.</source>
        <translation>Pindaian ini bukan kartu anggota.</translation>
    </message>
</context>
<context>
    <name>PaidTierDialog</name>
    <message>
        <source>Paid membership</source>
        <translation>Keanggotaan berbayar</translation>
    </message>
    <message>
        <source>Paid membership for {name}</source>
        <translation>Keanggotaan berbayar untuk {name}</translation>
    </message>
    <message>
        <source>Paid memberships on sale</source>
        <translation>Keanggotaan berbayar yang dijual</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>&amp;Keanggotaan</translation>
    </message>
    <message>
        <source>Take the fee on the shop&apos;s register first: this till records the membership and prints its slip, it takes no money.</source>
        <translation>Terima biayanya di mesin kasir toko dulu: kasir ini mencatat keanggotaan dan mencetak slipnya, tidak menerima uang.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Jual</translation>
    </message>
    <message>
        <source>{name} · {fee} for {months} months</source>
        <translation>{name} · {fee} untuk {months} bulan</translation>
    </message>
    <message>
        <source>No paid membership is on sale. A manager adds one in the back office (Rules, Paid memberships).</source>
        <translation>Tidak ada keanggotaan berbayar yang dijual. Manajer menambahkannya di back office (Aturan, Keanggotaan berbayar).</translation>
    </message>
</context>
<context>
    <name>PaidTiersTab</name>
    <message>
        <source>Paid memberships</source>
        <translation>Keanggotaan berbayar</translation>
    </message>
    <message>
        <source>Sold and their fees in the range (taken on the shop&apos;s register); active and lapsed members as of today.</source>
        <translation>Terjual dan biayanya dalam rentang (diterima di mesin kasir toko); anggota aktif dan yang sudah berakhir per hari ini.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
</context>
<context>
    <name>PriceRulesTab</name>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>Harga anggota</translation>
    </message>
    <message>
        <source>Money taken off by member prices and volume steps, and the bonus points volume steps gave, on the range&apos;s sales as their receipts show them: {money} and {points:,} points in all. Returns are not netted.</source>
        <translation>Potongan dari harga anggota dan tingkat volume, serta poin bonus dari tingkat volume, pada penjualan dalam rentang ini sesuai struknya: total {money} dan {points:,} poin. Retur tidak dikurangkan.</translation>
    </message>
    <message>
        <source>Money off per rule ({currency})</source>
        <translation>Potongan per aturan ({currency})</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Poin bonus</translation>
    </message>
</context>
<context>
    <name>PriceRulesTable</name>
    <message>
        <source>Code, barcode or name — Enter adds the product</source>
        <translation>Kode, barcode, atau nama — Enter menambah produk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Add cate&amp;gory</source>
        <translation>Tambah &amp;kategori</translation>
    </message>
    <message>
        <source>(no longer in the catalog)</source>
        <translation>(tidak ada lagi di katalog)</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Kategori: {category}</translation>
    </message>
    <message>
        <source>{what}: an amount such as 35.00.</source>
        <translation>{what}: jumlah seperti 35.00.</translation>
    </message>
    <message>
        <source>{what}: a whole number from 0 to {maximum}.</source>
        <translation>{what}: bilangan bulat dari 0 sampai {maximum}.</translation>
    </message>
    <message>
        <source>{what}: one of the tiers {tiers}, or empty.</source>
        <translation>{what}: salah satu tingkat {tiers}, atau kosong.</translation>
    </message>
</context>
<context>
    <name>PrizesDialog</name>
    <message>
        <source>Partner codes and giveaway draws</source>
        <translation>Kode mitra dan undian</translation>
    </message>
    <message>
        <source>Partner vouchers</source>
        <translation>Voucher mitra</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Partner&apos;s offer</source>
        <translation>Penawaran mitra</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Sudah diberikan</translation>
    </message>
    <message>
        <source>Codes left</source>
        <translation>Sisa kode</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file, one code a line</source>
        <translation>Lokasi berkas .csv atau .txt, satu kode per baris</translation>
    </message>
    <message>
        <source>&amp;Import codes</source>
        <translation>&amp;Impor kode</translation>
    </message>
    <message>
        <source>&amp;Reward</source>
        <translation>&amp;Hadiah</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Codes are this till&apos;s own: give each till its own file, so two tills never hand out the same code. A returned sale keeps its code.</source>
        <translation>Kode hanya milik kasir ini: beri setiap kasir berkasnya sendiri, agar dua kasir tidak pernah memberikan kode yang sama. Penjualan yang diretur tetap memegang kodenya.</translation>
    </message>
    <message>
        <source>Giveaways</source>
        <translation>Undian</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Undian</translation>
    </message>
    <message>
        <source>Entries close</source>
        <translation>Pendaftaran ditutup</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Benih</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Pemenang</translation>
    </message>
    <message>
        <source>&amp;Commit seed</source>
        <translation>&amp;Kunci benih</translation>
    </message>
    <message>
        <source>&amp;Draw winners</source>
        <translation>&amp;Undi pemenang</translation>
    </message>
    <message>
        <source>&amp;Verify draw</source>
        <translation>&amp;Verifikasi undian</translation>
    </message>
    <message>
        <source>&amp;Giveaway</source>
        <translation>&amp;Program undian</translation>
    </message>
    <message>
        <source>Commit the seed before entries close: only its fingerprint is shown until the draw. After the draw the seed is shown, and anyone can recompute the winners from it and the entries (loyalty-pos giveaway verify).</source>
        <translation>Kunci benih sebelum pendaftaran ditutup: hanya sidik jarinya yang ditampilkan sampai undian. Setelah undian benih ditampilkan, dan siapa pun dapat menghitung ulang pemenang dari benih dan tiket (loyalty-pos giveaway verify).</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>not committed</source>
        <translation>belum dikunci</translation>
    </message>
    <message>
        <source>fingerprint {digest}</source>
        <translation>sidik jari {digest}</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>belum diundi</translation>
    </message>
    <message>
        <source>Choose the reward and type the file&apos;s path.</source>
        <translation>Pilih hadiah dan ketik lokasi berkas.</translation>
    </message>
    <message>
        <source>{added:,} codes added, {duplicates:,} already there; {left:,} left to hand out.</source>
        <translation>{added:,} kode ditambahkan, {duplicates:,} sudah ada; {left:,} tersisa untuk diberikan.</translation>
    </message>
    <message>
        <source>Seed committed. Its fingerprint is in the audit log: {digest}</source>
        <translation>Benih dikunci. Sidik jarinya ada di log audit: {digest}</translation>
    </message>
    <message>
        <source>{count} winner(s) drawn; they are listed in the table.</source>
        <translation>{count} pemenang diundi; mereka tercantum di tabel.</translation>
    </message>
    <message>
        <source>Verified: the seed matches its fingerprint and the entries give the same winners.</source>
        <translation>Terverifikasi: benih cocok dengan sidik jarinya dan tiket menghasilkan pemenang yang sama.</translation>
    </message>
    <message>
        <source>NOT verified: the seed or the entries have changed since the draw. Tell head office.</source>
        <translation>TIDAK terverifikasi: benih atau tiket berubah sejak undian. Beri tahu kantor pusat.</translation>
    </message>
</context>
<context>
    <name>PrizesTab</name>
    <message>
        <source>Partner codes handed out</source>
        <translation>Kode mitra diberikan</translation>
    </message>
    <message>
        <source>Partner codes left</source>
        <translation>Sisa kode mitra</translation>
    </message>
    <message>
        <source>Giveaway entries</source>
        <translation>Tiket undian</translation>
    </message>
    <message>
        <source>Giveaway winner</source>
        <translation>Pemenang undian</translation>
    </message>
    <message>
        <source>Instant wins</source>
        <translation>Menang instan</translation>
    </message>
    <message>
        <source>Mystery draws</source>
        <translation>Undian misteri</translation>
    </message>
    <message>
        <source>Instant wins and mystery draws in the range; partner codes and giveaways as they stand now. A giveaway&apos;s seed shows as its fingerprint until the draw.</source>
        <translation>Menang instan dan undian misteri dalam rentang ini; kode mitra dan undian sesuai keadaan sekarang. Benih undian ditampilkan sebagai sidik jarinya sampai undian.</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>Hadiah undian</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Count or place</source>
        <translation>Jumlah atau urutan</translation>
    </message>
    <message>
        <source>Reward or campaign</source>
        <translation>Hadiah atau kampanye</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Benih</translation>
    </message>
</context>
<context>
    <name>ProductEntry</name>
    <message>
        <source>F3  Product code, barcode or name — Enter adds</source>
        <translation>F3  Kode produk, barcode, atau nama — Enter menambahkan</translation>
    </message>
    <message>
        <source>No products match. Looking for a member? Press F2.</source>
        <translation>Tidak ada produk yang cocok. Mencari anggota? Tekan F2.</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>optional — scan or type</source>
        <translation>opsional — pindai atau ketik</translation>
    </message>
    <message>
        <source>e.g. 25</source>
        <translation>mis. 25</translation>
    </message>
    <message>
        <source>&amp;Active: on sale</source>
        <translation>&amp;Aktif: dijual</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>&amp;Barcode</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegori</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Harga</translation>
    </message>
    <message>
        <source>Ta&amp;x rate %</source>
        <translation>Tarif &amp;pajak %</translation>
    </message>
    <message>
        <source>in {currency}, e.g. {example}</source>
        <translation>dalam {currency}, mis. {example}</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>Fill in the fields, then Ctrl+S (or Enter) saves.</source>
        <translation>Isi kolomnya, lalu Ctrl+S (atau Enter) menyimpan.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Ubah {name}</translation>
    </message>
    <message>
        <source>Code {code}. Enter or Ctrl+S saves the changes.</source>
        <translation>Kode {code}. Enter atau Ctrl+S menyimpan perubahan.</translation>
    </message>
    <message>
        <source>Inactive: the till does not sell it. Tick Active and save to sell it again.</source>
        <translation>Tidak aktif: kasir tidak menjualnya. Centang Aktif dan simpan untuk menjualnya lagi.</translation>
    </message>
    <message>
        <source>Type the tax rate in %, 0 when there is none.</source>
        <translation>Ketik tarif pajak dalam %, 0 jika tidak ada.</translation>
    </message>
    <message>
        <source>Type the price in {currency}.</source>
        <translation>Ketik harga dalam {currency}.</translation>
    </message>
    <message>
        <source>{problem} Type it like {example}.</source>
        <translation>{problem} Ketik seperti {example}.</translation>
    </message>
    <message>
        <source>Reads as {amount}</source>
        <translation>Terbaca sebagai {amount}</translation>
    </message>
    <message>
        <source>New category: added when you save.</source>
        <translation>Kategori baru: ditambahkan saat Anda menyimpan.</translation>
    </message>
</context>
<context>
    <name>ProductResultsModel</name>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
</context>
<context>
    <name>ProductRulesPage</name>
    <message>
        <source>Code, barcode or name — Enter adds the product</source>
        <translation>Kode, barcode, atau nama — Enter menambahkan produk</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Pengali</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>Mendapat poin</translation>
    </message>
    <message>
        <source>Type a new multiplier on a row (100 % = the base rate, 0 % = no points); Space switches “Earns”; Del removes the row.</source>
        <translation>Ketik pengali baru pada sebuah baris (100 % = tarif dasar, 0 % = tanpa poin); Spasi mengubah “Mendapat poin”; Del menghapus baris.</translation>
    </message>
    <message>
        <source>&amp;Add a product with its own rule</source>
        <translation>&amp;Tambah produk dengan aturannya sendiri</translation>
    </message>
    <message>
        <source>Products with their own &amp;rule</source>
        <translation>Produk dengan &amp;aturannya sendiri</translation>
    </message>
    <message>
        <source>(no longer in the catalog)</source>
        <translation>(tidak ada lagi di katalog)</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>mendapat poin</translation>
    </message>
</context>
<context>
    <name>ProductsSection</name>
    <message>
        <source>Products and categories</source>
        <translation>Produk dan kategori</translation>
    </message>
    <message>
        <source>Ctrl+F  Search code, name or barcode</source>
        <translation>Ctrl+F  Cari kode, nama, atau barcode</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Categories  Ctrl+K</source>
        <translation>Kategori  Ctrl+K</translation>
    </message>
    <message>
        <source>Register sales</source>
        <translation>Penjualan mesin kasir</translation>
    </message>
    <message>
        <source>No products yet: Ctrl+N adds one, Ctrl+I imports a CSV file.</source>
        <translation>Belum ada produk: Ctrl+N menambahkan, Ctrl+I mengimpor berkas CSV.</translation>
    </message>
    <message>
        <source>Saved {name} ({code}).</source>
        <translation>{name} ({code}) disimpan.</translation>
    </message>
    <message>
        <source>Pick an active product in the list first.</source>
        <translation>Pilih produk aktif di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>{name} has changes that are not saved: save them (Ctrl+S) or pick it again in the list to drop them, then deactivate it.</source>
        <translation>{name} memiliki perubahan yang belum disimpan: simpan (Ctrl+S) atau pilih lagi di daftar untuk membuangnya, lalu nonaktifkan.</translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation>Nonaktifkan {name}?</translation>
    </message>
    <message>
        <source>The till stops selling {name} ({code}). It stays in the list, greyed, and can be sold again by ticking Active.</source>
        <translation>Kasir berhenti menjual {name} ({code}). Produk tetap di daftar, berwarna abu-abu, dan dapat dijual lagi dengan mencentang Aktif.</translation>
    </message>
    <message>
        <source>{name} is no longer sold.</source>
        <translation>{name} tidak dijual lagi.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Buang perubahan Anda?</translation>
    </message>
    <message>
        <source>The product being edited has changes that are not saved.</source>
        <translation>Produk yang sedang diubah memiliki perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>mobile number</source>
        <translation>nomor ponsel</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nama@contoh.com</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Marketing offers</source>
        <translation>Penawaran pemasaran</translation>
    </message>
    <message>
        <source>Data processing (required)</source>
        <translation>Pemrosesan data (wajib)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>Birt&amp;hday</source>
        <translation>Tanggal &amp;lahir</translation>
    </message>
    <message>
        <source>asked by the member</source>
        <translation>diminta oleh anggota</translation>
    </message>
    <message>
        <source>changed by the shop</source>
        <translation>diubah oleh toko</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>the till&apos;s language</source>
        <translation>bahasa kasir</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Bahasa struk</translation>
    </message>
    <message>
        <source>Rec&amp;eipts in</source>
        <translation>Str&amp;uk dalam</translation>
    </message>
    <message>
        <source>A change is</source>
        <translation>Perubahan adalah</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>mis. {example}</translation>
    </message>
    <message>
        <source>Type the birthday as YYYY-MM-DD (or DD.MM.YYYY).</source>
        <translation>Ketik tanggal lahir sebagai TTTT-BB-HH (atau HH.BB.TTTT).</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>&amp;Simple points</source>
        <translation>Poin &amp;sederhana</translation>
    </message>
    <message>
        <source>Points and &amp;tiers</source>
        <translation>Poin dan &amp;tingkat</translation>
    </message>
    <message>
        <source>Stamp &amp;card: &quot;buy 9, the 10th free&quot;</source>
        <translation>&amp;Kartu stempel: &quot;beli 9, yang ke-10 gratis&quot;</translation>
    </message>
    <message>
        <source>e.g. Coffee</source>
        <translation>mis. Kopi</translation>
    </message>
    <message>
        <source>&amp;Item that earns a stamp</source>
        <translation>&amp;Barang yang mendapat stempel</translation>
    </message>
    <message>
        <source>Its &amp;price</source>
        <translation>&amp;Harganya</translation>
    </message>
    <message>
        <source>1 point for every {unit} spent; 100 points take {reward} off a basket. Points expire 12 months after they were earned.</source>
        <translation>1 poin untuk setiap belanja {unit}; 100 poin memotong {reward} dari belanjaan. Poin kedaluwarsa 12 bulan setelah didapat.</translation>
    </message>
    <message>
        <source>The same points, plus Silver (25 % more points) and Gold (50 % more) for members whose spend over 12 months reaches {silver} or {gold}.</source>
        <translation>Poin yang sama, ditambah Silver (25 % poin lebih banyak) dan Gold (50 % lebih banyak) untuk anggota yang belanjanya selama 12 bulan mencapai {silver} atau {gold}.</translation>
    </message>
    <message>
        <source>A stamp for each item bought; {stamps} stamps make the next one free. The item is filed under &quot;{stamp_category}&quot;; file products that earn no stamps under &quot;{other}&quot;.</source>
        <translation>Satu stempel untuk setiap barang yang dibeli; {stamps} stempel memberi barang berikutnya gratis. Barang dimasukkan ke &quot;{stamp_category}&quot;; masukkan produk yang tidak mendapat stempel ke &quot;{other}&quot;.</translation>
    </message>
    <message>
        <source>in {currency}, e.g. {example}</source>
        <translation>dalam {currency}, mis. {example}</translation>
    </message>
</context>
<context>
    <name>PublishSection</name>
    <message>
        <source>Esc  Cancel</source>
        <translation>Esc  Batal</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>Perolehan poin</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Simulate &amp; publish</source>
        <translation>Simulasi &amp; terbitkan</translation>
    </message>
    <message>
        <source>What &amp;changes when the draft is published</source>
        <translation>Apa yang &amp;berubah saat draf diterbitkan</translation>
    </message>
    <message>
        <source>Simulate last {days} days</source>
        <translation>Simulasikan {days} hari terakhir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Replays real member sales under the published and the draft rules, side by side. Nothing is saved.</source>
        <translation>Memutar ulang penjualan anggota yang nyata dengan aturan yang diterbitkan dan aturan draf, berdampingan. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter
Publish</source>
        <translation>Ctrl+Shift+Enter
Terbitkan</translation>
    </message>
    <message>
        <source>What-if on real sales:</source>
        <translation>Bagaimana jika, pada penjualan nyata:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>There is no draft: the till uses version {published}. Edit rules, tiers or rewards to start one.</source>
        <translation>Tidak ada draf: kasir memakai versi {published}. Ubah aturan, tingkat, atau hadiah untuk memulainya.</translation>
    </message>
    <message>
        <source>Draft version {draft} is not published yet; the till uses version {published}.</source>
        <translation>Draf versi {draft} belum diterbitkan; kasir memakai versi {published}.</translation>
    </message>
    <message>
        <source>The draft is the same as the published version.</source>
        <translation>Draf sama dengan versi yang diterbitkan.</translation>
    </message>
    <message>
        <source>Replaying the last {days} days…</source>
        <translation>Memutar ulang {days} hari terakhir…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Replayed {sales} sales…</source>
        <translation>{sales} penjualan diputar ulang…</translation>
    </message>
    <message>
        <source>{sales} member sales of {members} members, {start} to {end}. A point is valued at {value} point(s).</source>
        <translation>{sales} penjualan anggota dari {members} anggota, {start} sampai {end}. Satu poin bernilai {value} poin.</translation>
    </message>
    <message>
        <source>Simulation cancelled; nothing was changed.</source>
        <translation>Simulasi dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The draft changed: simulate again to see its effect.</source>
        <translation>Draf berubah: simulasikan lagi untuk melihat dampaknya.</translation>
    </message>
    <message>
        <source>Publish version {version}</source>
        <translation>Terbitkan versi {version}</translation>
    </message>
    <message>
        <source>Publish draft version {version} ({count} change(s))?

The till prices with it from its next sale; version {published} is retired.</source>
        <translation>Terbitkan draf versi {version} ({count} perubahan)?

Kasir memakai harga ini mulai penjualan berikutnya; versi {published} dipensiunkan.</translation>
    </message>
    <message>
        <source>Enter  Publish version {version}</source>
        <translation>Enter  Terbitkan versi {version}</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Menerbitkan…</translation>
    </message>
    <message>
        <source>Version {version} published by {who} at {time}. The till uses it from its next sale.</source>
        <translation>Versi {version} diterbitkan oleh {who} pada {time}. Kasir memakainya mulai penjualan berikutnya.</translation>
    </message>
    <message>
        <source>Discard draft version {version}</source>
        <translation>Buang draf versi {version}</translation>
    </message>
    <message>
        <source>Throw away draft version {version}? Every unpublished edit of rules, tiers and rewards is lost; the till keeps version {published}.</source>
        <translation>Buang draf versi {version}? Semua perubahan aturan, tingkat, dan hadiah yang belum diterbitkan hilang; kasir tetap memakai versi {published}.</translation>
    </message>
    <message>
        <source>Enter  Discard the draft</source>
        <translation>Enter  Buang draf</translation>
    </message>
    <message>
        <source>Draft version {version} discarded; the till is unchanged.</source>
        <translation>Draf versi {version} dibuang; kasir tidak berubah.</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Enter or Esc: next sale</source>
        <translation>Enter atau Esc: penjualan berikutnya</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Cetak struk</translation>
    </message>
    <message>
        <source>Paid {amount} ({tender}) and {card} by gift card · receipt {number}</source>
        <translation>Dibayar {amount} ({tender}) dan {card} dengan kartu hadiah · struk {number}</translation>
    </message>
    <message>
        <source>TRAINING — not a sale: {amount} ({tender})</source>
        <translation>LATIHAN — bukan penjualan: {amount} ({tender})</translation>
    </message>
    <message>
        <source>Take {amount} on the register · receipt {number}</source>
        <translation>Terima {amount} di mesin kasir · struk {number}</translation>
    </message>
    <message>
        <source>Paid {amount} ({tender}) · receipt {number}</source>
        <translation>Dibayar {amount} ({tender}) · struk {number}</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeem a reward</source>
        <translation>Tukar hadiah</translation>
    </message>
    <message>
        <source>Redeem for {name}</source>
        <translation>Tukar untuk {name}</translation>
    </message>
    <message>
        <source>{points} points available</source>
        <translation>{points} poin tersedia</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Points to pay with</source>
        <translation>Poin yang dipakai membayar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Tukar</translation>
    </message>
    <message>
        <source>This member has no rewards to choose from.</source>
        <translation>Anggota ini tidak punya hadiah untuk dipilih.</translation>
    </message>
    <message>
        <source>{name} is not available: {reason}</source>
        <translation>{name} tidak tersedia: {reason}</translation>
    </message>
    <message>
        <source>{name}: how many points? (at least {minimum}, {available} available)</source>
        <translation>{name}: berapa poin? (minimal {minimum}, tersedia {available})</translation>
    </message>
    <message>
        <source>Enter at least {minimum} points.</source>
        <translation>Masukkan minimal {minimum} poin.</translation>
    </message>
    <message>
        <source>Only {available} points available; {points} is too many.</source>
        <translation>Hanya {available} poin tersedia; {points} terlalu banyak.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Negara</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Mata uang</translation>
    </message>
    <message>
        <source>Prices, points and rewards are counted in it.</source>
        <translation>Harga, poin, dan hadiah dihitung dengan mata uang ini.</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona waktu</translation>
    </message>
    <message>
        <source>Type part of a city to find it.</source>
        <translation>Ketik sebagian nama kota untuk mencarinya.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>The till speaks this language and writes numbers, amounts and dates its way; each till can choose its own in Settings.</source>
        <translation>Kasir memakai bahasa ini dan menulis angka, jumlah, dan tanggal dengan caranya; setiap kasir dapat memilih bahasanya sendiri di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>ReissueCardDialog</name>
    <message>
        <source>Card {number} stops working at once.</source>
        <translation>Kartu {number} langsung berhenti berfungsi.</translation>
    </message>
    <message>
        <source>The member has no working card now.</source>
        <translation>Anggota kini tidak punya kartu yang berfungsi.</translation>
    </message>
    <message>
        <source>Re-issue the card of {name}</source>
        <translation>Terbitkan ulang kartu {name}</translation>
    </message>
    <message>
        <source>Scan a pre-printed card to hand over now, or leave the field empty for a new number to print later.</source>
        <translation>Pindai kartu pracetak untuk diserahkan sekarang, atau biarkan kosong untuk nomor baru yang dicetak nanti.</translation>
    </message>
    <message>
        <source>Re-issue</source>
        <translation>Terbitkan ulang</translation>
    </message>
    <message>
        <source>Pre-printed card number (optional)</source>
        <translation>Nomor kartu pracetak (opsional)</translation>
    </message>
    <message>
        <source>New &amp;card</source>
        <translation>&amp;Kartu baru</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabel laporan</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Liability and expiry</source>
        <translation>Kewajiban dan kedaluwarsa</translation>
    </message>
    <message>
        <source>Liability over time</source>
        <translation>Kewajiban dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Issued vs redeemed</source>
        <translation>Diberikan vs ditukar</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Tier mix</source>
        <translation>Komposisi tingkat</translation>
    </message>
    <message>
        <source>Tier movements</source>
        <translation>Perpindahan tingkat</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>Anggota teratas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Tutup hari</translation>
    </message>
    <message>
        <source>Unusual activity</source>
        <translation>Aktivitas tidak biasa</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>Aksi anggota</translation>
    </message>
    <message>
        <source>Gift cards</source>
        <translation>Kartu hadiah</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>Donasi amal</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>Hadiah undian</translation>
    </message>
    <message>
        <source>Campaigns vs before</source>
        <translation>Kampanye vs sebelumnya</translation>
    </message>
    <message>
        <source>A/B holdout</source>
        <translation>Uji A/B (kelompok kontrol)</translation>
    </message>
    <message>
        <source>Price rules</source>
        <translation>Aturan harga</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>Alt+{n} Last {days} days</source>
        <translation>Alt+{n} {days} hari terakhir</translation>
    </message>
    <message>
        <source>Ctrl+E Export CSV</source>
        <translation>Ctrl+E Ekspor CSV</translation>
    </message>
    <message>
        <source>Ctrl+P Export PDF</source>
        <translation>Ctrl+P Ekspor PDF</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Simpan ke</translation>
    </message>
    <message>
        <source>The start date must not be after the end date.</source>
        <translation>Tanggal mulai tidak boleh setelah tanggal akhir.</translation>
    </message>
    <message>
        <source>{start} to {end} ({zone} days): {rate} % of the points issued were redeemed, by {members:,} member(s).</source>
        <translation>{start} sampai {end} (hari {zone}): {rate} % poin yang diberikan telah ditukar, oleh {members:,} anggota.</translation>
    </message>
    <message>
        <source>Wait for the report to load before exporting.</source>
        <translation>Tunggu laporan selesai dimuat sebelum mengekspor.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Disimpan ke {path}.</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint a receipt</source>
        <translation>Cetak ulang struk</translation>
    </message>
    <message>
        <source>Scan the barcode at the bottom of the receipt, or type its number (e.g. R01-000123) and press Enter. The copy is marked COPY.</source>
        <translation>Pindai barcode di bagian bawah struk, atau ketik nomornya (mis. R01-000123) dan tekan Enter. Salinannya bertanda SALINAN.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor struk</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <source>That was not a receipt: scan the barcode at the bottom of the receipt.</source>
        <translation>Itu bukan struk: pindai barcode di bagian bawah struk.</translation>
    </message>
    <message>
        <source>Scan the receipt or type its number.</source>
        <translation>Pindai struk atau ketik nomornya.</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>The old PIN stops working at once; a lock-out is lifted too.</source>
        <translation>PIN lama langsung berhenti berfungsi; penguncian juga dicabut.</translation>
    </message>
    <message>
        <source>New PIN for {name} ({username})</source>
        <translation>PIN baru untuk {name} ({username})</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>loyalty-pos cannot open the shop</source>
        <translation>loyalty-pos tidak dapat membuka toko</translation>
    </message>
    <message>
        <source>The newest backup that passes the check is {backup}, made {made}. Restore it now? Sales made after it are not in it. The damaged file is kept in the backups folder.</source>
        <translation>Cadangan terbaru yang lolos pemeriksaan adalah {backup}, dibuat {made}. Pulihkan sekarang? Penjualan setelahnya tidak ada di dalamnya. Berkas yang rusak disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Pulihkan cadangan ini</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Members inactive for years</source>
        <translation>Anggota yang tidak aktif bertahun-tahun</translation>
    </message>
    <message>
        <source>Members with no purchase and no points activity since the cut-off. Erasing removes their personal data and forfeits their points, as Erase member does for one. Those who shop while this runs are left alone.</source>
        <translation>Anggota tanpa pembelian dan tanpa aktivitas poin sejak tanggal batas. Penghapusan membuang data pribadinya dan menghanguskan poinnya, seperti Hapus anggota untuk satu orang. Yang berbelanja selama proses berjalan dibiarkan.</translation>
    </message>
    <message>
        <source>Erase all listed</source>
        <translation>Hapus semua yang tercantum</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>Inactive for at &amp;least</source>
        <translation>Tidak aktif &amp;minimal</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktivitas terakhir</translation>
    </message>
    <message>
        <source>Type {word} to erase them all</source>
        <translation>Ketik {word} untuk menghapus semuanya</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Press F5 to list the members inactive that long.</source>
        <translation>Tekan F5 untuk menampilkan anggota yang tidak aktif selama itu.</translation>
    </message>
    <message>
        <source>No member has been inactive since {day}.</source>
        <translation>Tidak ada anggota yang tidak aktif sejak {day}.</translation>
    </message>
    <message>
        <source> (the first {n} shown; all are erased)</source>
        <translation> (yang pertama {n} ditampilkan; semuanya dihapus)</translation>
    </message>
    <message>
        <source>{n} member(s) inactive since {day}{more}.</source>
        <translation>{n} anggota tidak aktif sejak {day}{more}.</translation>
    </message>
    <message>
        <source>Type {word} in capitals: erasing cannot be undone.</source>
        <translation>Ketik {word} dengan huruf kapital: penghapusan tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Diretur</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>Retur sekarang</translation>
    </message>
    <message>
        <source>all returned</source>
        <translation>semua dikembalikan</translation>
    </message>
</context>
<context>
    <name>ReturnPlanPanel</name>
    <message>
        <source>Refund</source>
        <translation>Pengembalian dana</translation>
    </message>
    <message>
        <source>A refund this large needs a manager&apos;s PIN (asked when you confirm).</source>
        <translation>Pengembalian dana sebesar ini memerlukan PIN manajer (diminta saat Anda mengonfirmasi).</translation>
    </message>
    <message>
        <source>Choose what comes back to see the refund and the points.</source>
        <translation>Pilih barang yang kembali untuk melihat pengembalian dana dan poinnya.</translation>
    </message>
    <message>
        <source>{amount} to {tender}</source>
        <translation>{amount} ke {tender}</translation>
    </message>
    <message>
        <source>No member on this sale: no points change.</source>
        <translation>Tidak ada anggota pada penjualan ini: poin tidak berubah.</translation>
    </message>
    <message>
        <source>Points taken back: {taken} of {reversed}</source>
        <translation>Poin diambil kembali: {taken} dari {reversed}</translation>
    </message>
    <message>
        <source>Points taken back: {points}</source>
        <translation>Poin diambil kembali: {points}</translation>
    </message>
    <message>
        <source>Points restored: {points}</source>
        <translation>Poin dipulihkan: {points}</translation>
    </message>
    <message>
        <source>Balance change: {change}</source>
        <translation>Perubahan saldo: {change}</translation>
    </message>
    <message>
        <source>The member&apos;s balance cannot cover the {reversed} points earned on these items: only {taken} are taken back, and the balance is flagged for a manager.</source>
        <translation>Saldo anggota tidak cukup untuk {reversed} poin yang didapat dari barang ini: hanya {taken} yang diambil kembali, dan saldonya ditandai untuk manajer.</translation>
    </message>
    <message>
        <source>The member&apos;s balance cannot cover the {reversed} points earned on these items: it goes below zero, and is flagged for a manager.</source>
        <translation>Saldo anggota tidak cukup untuk {reversed} poin yang didapat dari barang ini: saldonya menjadi di bawah nol, dan ditandai untuk manajer.</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Return items — TRAINING, nothing is saved</source>
        <translation>Retur barang — LATIHAN, tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>Return items</source>
        <translation>Retur barang</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Struk</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number, e.g. R01-000123</source>
        <translation>Pindai barcode struk atau ketik nomornya, mis. R01-000123</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor struk</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Find sale</source>
        <translation>Cari penjualan</translation>
    </message>
    <message>
        <source>Lines of the sale</source>
        <translation>Baris penjualan</translation>
    </message>
    <message>
        <source>Type how many of a line come back in its Return column</source>
        <translation>Ketik berapa banyak yang dikembalikan di kolom Retur baris itu</translation>
    </message>
    <message>
        <source>↑ ↓ pick a line · type the quantity to return · + / − change it · F7 everything</source>
        <translation>↑ ↓ pilih baris · ketik jumlah yang diretur · + / − mengubahnya · F7 semuanya</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Return everything</source>
        <translation>Retur semuanya</translation>
    </message>
    <message>
        <source>Enter / F9</source>
        <translation>Enter / F9</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Pengembalian dana</translation>
    </message>
    <message>
        <source>Saving the return; scan again in a moment.</source>
        <translation>Menyimpan retur; pindai lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>a member card</source>
        <translation>kartu anggota</translation>
    </message>
    <message>
        <source>a product</source>
        <translation>produk</translation>
    </message>
    <message>
        <source>That was {what}, not a receipt: scan the barcode at the bottom of the receipt.</source>
        <translation>Itu {what}, bukan struk: pindai barcode di bagian bawah struk.</translation>
    </message>
    <message>
        <source>Scan the receipt or type its number.</source>
        <translation>Pindai struk atau ketik nomornya.</translation>
    </message>
    <message>
        <source>Sold {when} by {cashier}</source>
        <translation>Dijual {when} oleh {cashier}</translation>
    </message>
    <message>
        <source>paid {total} by {tender}</source>
        <translation>dibayar {total} dengan {tender}</translation>
    </message>
    <message>
        <source>member {name}</source>
        <translation>anggota {name}</translation>
    </message>
    <message>
        <source>no member</source>
        <translation>tanpa anggota</translation>
    </message>
    <message>
        <source>Everything on receipt {receipt} was already returned.</source>
        <translation>Semua di struk {receipt} sudah diretur.</translation>
    </message>
    <message>
        <source>Choose what comes back: type a quantity on a line (F7 for everything).</source>
        <translation>Pilih yang kembali: ketik jumlah pada sebuah baris (F7 untuk semuanya).</translation>
    </message>
    <message>
        <source>a refund of {amount}</source>
        <translation>pengembalian dana {amount}</translation>
    </message>
</context>
<context>
    <name>RewardFields</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Optional, shown to the cashier</source>
        <translation>Opsional, ditampilkan ke kasir</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Harga</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Persen potongan</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Berlaku untuk</translation>
    </message>
    <message>
        <source>Search name, code or barcode</source>
        <translation>Cari nama, kode, atau barcode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Free items</source>
        <translation>Barang gratis</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Beli</translation>
    </message>
    <message>
        <source>get</source>
        <translation>dapat</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Offered at the till</source>
        <translation>Ditawarkan di kasir</translation>
    </message>
    <message>
        <source>Untick to retire the reward; tick to offer a retired one again</source>
        <translation>Hapus centang untuk memensiunkan hadiah; centang untuk menawarkan kembali yang sudah pensiun</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>hari pertama</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>hari terakhir</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku dari</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Tingkat</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Batas</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Tak terbatas</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Min. basket</source>
        <translation>Min. belanja</translation>
    </message>
    <message>
        <source>Del removes the selected product</source>
        <translation>Del menghapus produk terpilih</translation>
    </message>
    <message>
        <source>Add a product it never applies to</source>
        <translation>Tambah produk yang tidak pernah berlaku</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Dikecualikan</translation>
    </message>
    <message>
        <source>Tick to set the {day}; unticked: no limit</source>
        <translation>Centang untuk menetapkan {day}; tanpa centang: tanpa batas</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Jumlah potongan</translation>
    </message>
    <message>
        <source>Min. points</source>
        <translation>Min. poin</translation>
    </message>
    <message>
        <source>No product chosen yet</source>
        <translation>Belum ada produk yang dipilih</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({code})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({code})</translation>
    </message>
</context>
<context>
    <name>RewardForm</name>
    <message>
        <source>Any tier</source>
        <translation>Tingkat apa saja</translation>
    </message>
    <message>
        <source>The whole basket</source>
        <translation>Seluruh belanjaan</translation>
    </message>
    <message>
        <source>Type an amount like 50.00.</source>
        <translation>Ketik jumlah seperti 50.00.</translation>
    </message>
    <message>
        <source>Type each reward as id: weight, separated by commas.</source>
        <translation>Ketik tiap hadiah sebagai id: bobot, dipisahkan koma.</translation>
    </message>
</context>
<context>
    <name>RewardKinds</name>
    <message>
        <source>Amount off</source>
        <translation>Jumlah potongan</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Persen potongan</translation>
    </message>
    <message>
        <source>Free product</source>
        <translation>Produk gratis</translation>
    </message>
    <message>
        <source>Buy X get Y</source>
        <translation>Beli X gratis Y</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Bayar dengan poin</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Kredit toko</translation>
    </message>
    <message>
        <source>Partner voucher</source>
        <translation>Voucher mitra</translation>
    </message>
    <message>
        <source>Giveaway entry</source>
        <translation>Tiket undian</translation>
    </message>
    <message>
        <source>Mystery reward</source>
        <translation>Hadiah misteri</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per hari</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per minggu</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per bulan</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per tahun</translation>
    </message>
    <message>
        <source>in total</source>
        <translation>secara total</translation>
    </message>
</context>
<context>
    <name>RewardPreview</name>
    <message>
        <source>As the cashier sees it</source>
        <translation>Seperti yang dilihat kasir</translation>
    </message>
    <message>
        <source>Sample member&apos;s points</source>
        <translation>Poin anggota contoh</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Anggota</translation>
    </message>
    <message>
        <source>A sample member with a basket the reward applies to</source>
        <translation>Contoh anggota dengan belanjaan yang cocok untuk hadiah ini</translation>
    </message>
    <message>
        <source>Member panel</source>
        <translation>Panel anggota</translation>
    </message>
    <message>
        <source>Redeem list (F4)</source>
        <translation>Daftar tukar (F4)</translation>
    </message>
</context>
<context>
    <name>RewardTable</name>
    <message>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Tidak tersedia</translation>
    </message>
    <message>
        <source>from </source>
        <translation>dari </translation>
    </message>
</context>
<context>
    <name>RewardsSection</name>
    <message>
        <source>Saves go to the draft: the till keeps the published rewards until the draft is published ({key}).</source>
        <translation>Simpanan masuk ke draf: kasir tetap memakai hadiah yang diterbitkan sampai draf diterbitkan ({key}).</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New reward</source>
        <translation>Hadiah baru</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>Simpan ke draf</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Pensiunkan</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Codes and draws</source>
        <translation>Kode dan undian</translation>
    </message>
    <message>
        <source>This reward has unsaved changes: Ctrl+S saves them to the draft; do the same again to drop them.</source>
        <translation>Hadiah ini memiliki perubahan yang belum disimpan: Ctrl+S menyimpannya ke draf; lakukan lagi untuk membuangnya.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Tidak disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>“{name}” saved to the draft. Publish the draft ({key}) to offer it at the till.</source>
        <translation>“{name}” disimpan ke draf. Terbitkan draf ({key}) untuk menawarkannya di kasir.</translation>
    </message>
    <message>
        <source>Choose the reward to retire in the list first.</source>
        <translation>Pilih hadiah yang akan dipensiunkan di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>“{name}” is already retired; tick “Offered at the till” and save to offer it again.</source>
        <translation>“{name}” sudah pensiun; centang “Ditawarkan di kasir” dan simpan untuk menawarkannya lagi.</translation>
    </message>
    <message>
        <source>“{name}” retired in the draft; the till stops offering it once the draft is published.</source>
        <translation>“{name}” dipensiunkan di draf; kasir berhenti menawarkannya setelah draf diterbitkan.</translation>
    </message>
    <message>
        <source>Editing “{name}”</source>
        <translation>Mengubah “{name}”</translation>
    </message>
    <message>
        <source> · unsaved changes</source>
        <translation> · perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The preview appears once the form is complete: {problem}</source>
        <translation>Pratinjau muncul setelah formulir lengkap: {problem}</translation>
    </message>
</context>
<context>
    <name>RewardsTab</name>
    <message>
        <source>Points redeemed per reward</source>
        <translation>Poin yang ditukar per hadiah</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>Penukaran</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Porsi %</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <source>{name}: the multiplier is a whole percent, such as 150.</source>
        <translation>{name}: pengali berupa persen bulat, seperti 150.</translation>
    </message>
    <message>
        <source>Earning rules &amp; tiers</source>
        <translation>Aturan poin &amp; tingkat</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>Simpan ke draf</translation>
    </message>
    <message>
        <source>Undo unsaved edits</source>
        <translation>Urungkan perubahan yang belum disimpan</translation>
    </message>
    <message>
        <source>Unsaved edits undone.</source>
        <translation>Perubahan yang belum disimpan diurungkan.</translation>
    </message>
    <message>
        <source>&amp;Earning</source>
        <translation>&amp;Perolehan poin</translation>
    </message>
    <message>
        <source>&amp;Product rules</source>
        <translation>Aturan &amp;produk</translation>
    </message>
    <message>
        <source>T&amp;iers</source>
        <translation>&amp;Tingkat</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>&amp;Kedaluwarsa</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Batas</translation>
    </message>
    <message>
        <source>&amp;Gift cards &amp;&amp; charity</source>
        <translation>&amp;Kartu hadiah &amp;&amp; amal</translation>
    </message>
    <message>
        <source>C&amp;hallenges &amp;&amp; badges</source>
        <translation>&amp;Tantangan &amp;&amp; lencana</translation>
    </message>
    <message>
        <source>Member pri&amp;ces</source>
        <translation>Harga ang&amp;gota</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>Editing draft version {draft} (the till uses version {published}). Publish it under Simulate &amp; publish.</source>
        <translation>Mengubah draf versi {draft} (kasir memakai versi {published}). Terbitkan di Simulasi &amp; terbitkan.</translation>
    </message>
    <message>
        <source>No draft yet: your first save starts draft version {draft} from the published version {published}.</source>
        <translation>Belum ada draf: simpanan pertama Anda memulai draf versi {draft} dari versi terbit {published}.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Tidak ada perubahan untuk disimpan.</translation>
    </message>
    <message>
        <source>Nothing saved: fix the fields marked in red.</source>
        <translation>Tidak ada yang disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved to draft version {version}. The till still uses the published version until you publish.</source>
        <translation>Disimpan ke draf versi {version}. Kasir masih memakai versi terbit sampai Anda menerbitkan.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Welcome back: your parked sale is restored.</source>
        <translation>Selamat datang kembali: penjualan yang ditahan sudah dipulihkan.</translation>
    </message>
    <message>
        <source>{name}&apos;s membership is {status}: no points on this sale.</source>
        <translation>Keanggotaan {name} berstatus {status}: tidak ada poin untuk penjualan ini.</translation>
    </message>
    <message>
        <source>Rewards of the previous member were removed.</source>
        <translation>Hadiah anggota sebelumnya telah dihapus.</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Anggota: {name}</translation>
    </message>
    <message>
        <source>{name} is priced in {currency}; it cannot be sold here.</source>
        <translation>{name} dihargai dalam {currency}; tidak dapat dijual di sini.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} dihapus.</translation>
    </message>
    <message>
        <source>Redeemed: {what}</source>
        <translation>Ditukar: {what}</translation>
    </message>
    <message>
        <source>Not sold: {reason}</source>
        <translation>Tidak dijual: {reason}</translation>
    </message>
    <message>
        <source>Not redeemed: {reason}</source>
        <translation>Tidak ditukar: {reason}</translation>
    </message>
</context>
<context>
    <name>SalesImportPanel</name>
    <message>
        <source>Sales rung up on your own cash register earn points when their CSV export is imported. Columns: card or phone, amount, date, time (optional), receipt, register and category (optional). Semicolons and decimal commas are fine. A receipt already recorded is skipped; each row earns under the program in force on its date.</source>
        <translation>Penjualan yang diproses di mesin kasir Anda sendiri mendapat poin saat ekspor CSV-nya diimpor. Kolom: kartu atau telepon, jumlah, tanggal, jam (opsional), struk, mesin kasir, dan kategori (opsional). Titik koma dan koma desimal tidak masalah. Struk yang sudah tercatat dilewati; setiap baris mendapat poin menurut program yang berlaku pada tanggalnya.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import register sales…</source>
        <translation>Impor penjualan mesin kasir…</translation>
    </message>
    <message>
        <source>Import register sales from CSV</source>
        <translation>Impor penjualan mesin kasir dari CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Tidak ada yang diimpor dari {file}.</translation>
    </message>
    <message>
        <source>Register sales imported from {file}: {imported}; refused: {refused}.</source>
        <translation>Penjualan mesin kasir diimpor dari {file}: {imported}; ditolak: {refused}.</translation>
    </message>
</context>
<context>
    <name>SalesReportDialog</name>
    <message>
        <source>Register sales — imported</source>
        <translation>Penjualan mesin kasir — diimpor</translation>
    </message>
    <message>
        <source>Register sales — check</source>
        <translation>Penjualan mesin kasir — periksa</translation>
    </message>
    <message>
        <source>{file}: imported</source>
        <translation>{file}: diimpor</translation>
    </message>
    <message>
        <source>{file}: nothing has been imported yet</source>
        <translation>{file}: belum ada yang diimpor</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <source>to import</source>
        <translation>akan diimpor</translation>
    </message>
    <message>
        <source>{accepted} {verb}, {refused} refused (the reason is on each row).</source>
        <translation>{accepted} {verb}, {refused} ditolak (alasannya ada di tiap baris).</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>akan diimpor</translation>
    </message>
    <message>
        <source>refused: {why}</source>
        <translation>ditolak: {why}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>Batal — jangan impor apa pun</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Import {rows}</source>
        <translation>Impor {rows}</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 baris</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} baris</translation>
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Tidak ada yang dipindai.</translation>
    </message>
    <message>
        <source>The scan is too long to be a card, product or receipt code.</source>
        <translation>Hasil pindai terlalu panjang untuk kode kartu, produk, atau struk.</translation>
    </message>
    <message>
        <source>The scan contains control characters; check the scanner&apos;s settings and scan again.</source>
        <translation>Hasil pindai berisi karakter kontrol; periksa pengaturan pemindai lalu pindai lagi.</translation>
    </message>
    <message>
        <source>This is not a member card, product or receipt code.</source>
        <translation>Ini bukan kode kartu anggota, produk, atau struk.</translation>
    </message>
    <message>
        <source>The scanner seems to use a different keyboard layout than this computer; set the scanner&apos;s keyboard language to match.</source>
        <translation>Pemindai tampaknya memakai tata letak keyboard yang berbeda dari komputer ini; samakan bahasa keyboard pemindai.</translation>
    </message>
    <message>
        <source>This card&apos;s QR code is damaged or incomplete; scan the barcode or type the card number.</source>
        <translation>Kode QR kartu ini rusak atau tidak lengkap; pindai barcode atau ketik nomor kartu.</translation>
    </message>
    <message>
        <source>This QR code uses an unknown card format ({format}); scan the barcode or type the card number.</source>
        <translation>Kode QR ini memakai format kartu yang tidak dikenal ({format}); pindai barcode atau ketik nomor kartu.</translation>
    </message>
    <message>
        <source>A card number has digits only.</source>
        <translation>Nomor kartu hanya berisi angka.</translation>
    </message>
    <message>
        <source>The card number in this QR code contains characters other than digits.</source>
        <translation>Nomor kartu dalam kode QR ini berisi karakter selain angka.</translation>
    </message>
    <message>
        <source>This card&apos;s QR code was not issued by this shop (its signature does not match).</source>
        <translation>Kode QR kartu ini tidak diterbitkan oleh toko ini (tanda tangannya tidak cocok).</translation>
    </message>
    <message>
        <source>A card number has {length} digits; this one has {count}.</source>
        <translation>Nomor kartu terdiri dari {length} angka; yang ini {count}.</translation>
    </message>
    <message>
        <source>The card number&apos;s check digit is wrong; scan it again or retype it.</source>
        <translation>Digit pemeriksa nomor kartu salah; pindai lagi atau ketik ulang.</translation>
    </message>
    <message>
        <source>No member has this card.</source>
        <translation>Tidak ada anggota dengan kartu ini.</translation>
    </message>
    <message>
        <source>No sale has this receipt number.</source>
        <translation>Tidak ada penjualan dengan nomor struk ini.</translation>
    </message>
    <message>
        <source>No product has the code {value}.</source>
        <translation>Tidak ada produk dengan kode {value}.</translation>
    </message>
    <message>
        <source>Card refused: this card is blocked.</source>
        <translation>Kartu ditolak: kartu ini diblokir.</translation>
    </message>
    <message>
        <source>Card refused: this card was replaced by a newer card.</source>
        <translation>Kartu ditolak: kartu ini sudah diganti dengan kartu yang lebih baru.</translation>
    </message>
    <message>
        <source>Card refused: this member is blocked.</source>
        <translation>Kartu ditolak: anggota ini diblokir.</translation>
    </message>
    <message>
        <source>Card refused: this member&apos;s data was erased.</source>
        <translation>Kartu ditolak: data anggota ini sudah dihapus.</translation>
    </message>
    <message>
        <source>Card refused: this member was merged into another member.</source>
        <translation>Kartu ditolak: anggota ini sudah digabungkan ke anggota lain.</translation>
    </message>
    <message>
        <source>receipt {value}</source>
        <translation>struk {value}</translation>
    </message>
    <message>
        <source>product code {value}</source>
        <translation>kode produk {value}</translation>
    </message>
    <message>
        <source>member card {value}</source>
        <translation>kartu anggota {value}</translation>
    </message>
    <message>
        <source>gift card {value}</source>
        <translation>kartu hadiah {value}</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter picks · Esc cancels</source>
        <translation>↑↓ pilih · Enter memilih · Esc membatalkan</translation>
    </message>
    <message>
        <source>No matches for “{text}”.</source>
        <translation>Tidak ada yang cocok untuk “{text}”.</translation>
    </message>
    <message>
        <source>Searching “{text}”…</source>
        <translation>Mencari “{text}”…</translation>
    </message>
    <message>
        <source>Type at least {n} characters.</source>
        <translation>Ketik minimal {n} karakter.</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>Segments</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Groups of members a campaign can be aimed at (For segment). Members are counted today, by the rule the till applies; changes reach the till when the draft is published.</source>
        <translation>Kelompok anggota yang dapat dituju sebuah kampanye (Untuk segmen). Anggota dihitung hari ini, dengan aturan yang dipakai kasir; perubahan sampai ke kasir saat draf diterbitkan.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Lapsed: no visit in the last N days</source>
        <translation>Tidak aktif: tidak berkunjung dalam N hari terakhir</translation>
    </message>
    <message>
        <source>Frequent: at least N visits in the last days</source>
        <translation>Sering: minimal N kunjungan dalam hari-hari terakhir</translation>
    </message>
    <message>
        <source>Spend: at least an amount in the last days</source>
        <translation>Belanja: minimal sejumlah uang dalam hari-hari terakhir</translation>
    </message>
    <message>
        <source>Tier: members in one tier</source>
        <translation>Tingkat: anggota pada satu tingkat</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> kunjungan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Tingkat</translation>
    </message>
    <message>
        <source>&amp;Look back</source>
        <translation>&amp;Rentang</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Kunjungan</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>&amp;Belanja</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Segmen baru</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Hapus segmen</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>Simpan ke draf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>{tier} tier</source>
        <translation>Tingkat {tier}</translation>
    </message>
    <message>
        <source>{visits} or more visits in {days} days</source>
        <translation>{visits} kunjungan atau lebih dalam {days} hari</translation>
    </message>
    <message>
        <source>{amount} or more in {days} days</source>
        <translation>{amount} atau lebih dalam {days} hari</translation>
    </message>
    <message>
        <source>No visit in {days} days</source>
        <translation>Tidak berkunjung dalam {days} hari</translation>
    </message>
    <message>
        <source>{name} saved to the draft.</source>
        <translation>{name} disimpan ke draf.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Tidak disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>{name} taken out of the draft.</source>
        <translation>{name} dikeluarkan dari draf.</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>PDF files in a folder</source>
        <translation>Berkas PDF dalam folder</translation>
    </message>
    <message>
        <source>A printer installed on this computer</source>
        <translation>Printer yang terpasang di komputer ini</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS) on a device</source>
        <translation>Printer struk (ESC/POS) pada perangkat</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS) on the network</source>
        <translation>Printer struk (ESC/POS) di jaringan</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS) on USB (vendor:product)</source>
        <translation>Printer struk (ESC/POS) di USB (vendor:produk)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>↑↓ choose a group, Tab to its fields; Ctrl+S saves the group on screen. Every change is checked and written to the audit log.</source>
        <translation>↑↓ pilih grup, Tab ke isiannya; Ctrl+S menyimpan grup di layar. Setiap perubahan diperiksa dan ditulis ke log audit.</translation>
    </message>
    <message>
        <source>Settings groups</source>
        <translation>Grup pengaturan</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save this group</source>
        <translation>Simpan grup ini</translation>
    </message>
    <message>
        <source>Shop profile</source>
        <translation>Profil toko</translation>
    </message>
    <message>
        <source>The name, address and texts printed on every new receipt (receipts already printed keep theirs). At most 4 lines of 64 characters each.</source>
        <translation>Nama, alamat, dan teks yang dicetak di setiap struk baru (struk yang sudah dicetak tetap seperti semula). Paling banyak 4 baris, masing-masing 64 karakter.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Street, post code and town</source>
        <translation>Jalan, kode pos, dan kota</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>Kepala struk</translation>
    </message>
    <message>
        <source>Printed under the address, e.g. the company number</source>
        <translation>Dicetak di bawah alamat, mis. nomor perusahaan</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Kaki struk</translation>
    </message>
    <message>
        <source>Empty: &quot;Thank you for shopping with us!&quot;</source>
        <translation>Kosong: &quot;Terima kasih telah berbelanja!&quot;</translation>
    </message>
    <message>
        <source>Header…</source>
        <translation>Kepala…</translation>
    </message>
    <message>
        <source>Footer…</source>
        <translation>Kaki…</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Terjemahan</translation>
    </message>
    <message>
        <source>Choose PNG…</source>
        <translation>Pilih PNG…</translation>
    </message>
    <message>
        <source>Use the program&apos;s logo</source>
        <translation>Pakai logo program</translation>
    </message>
    <message>
        <source>Logo (on cards)</source>
        <translation>Logo (di kartu)</translation>
    </message>
    <message>
        <source>{text}: translations</source>
        <translation>{text}: terjemahan</translation>
    </message>
    <message>
        <source>Money and tax</source>
        <translation>Uang dan pajak</translation>
    </message>
    <message>
        <source>The currency is the loyalty program&apos;s and every product&apos;s: until the first sale it can change to one with the same decimals (prices and thresholds keep their numbers); after that it is fixed, as every amount stored is in it.</source>
        <translation>Mata uang adalah milik program loyalitas dan setiap produk: sampai penjualan pertama dapat diganti ke mata uang dengan jumlah desimal yang sama (harga dan ambang tetap angkanya); setelah itu tetap, karena setiap jumlah tersimpan dalam mata uang itu.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>include tax (VAT)</source>
        <translation>termasuk pajak (PPN)</translation>
    </message>
    <message>
        <source>are before tax</source>
        <translation>sebelum pajak</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Times on screen and on receipts are shown in the shop&apos;s time zone; a change asks first. Numbers, amounts and dates are written as the shop&apos;s language writes them, on every till; each till may speak its own language, and a member&apos;s receipt speaks theirs.</source>
        <translation>Waktu di layar dan di struk ditampilkan dalam zona waktu toko; perubahan akan dikonfirmasi dulu. Angka, jumlah, dan tanggal ditulis seperti dalam bahasa toko, di setiap kasir; setiap kasir boleh memakai bahasanya sendiri, dan struk anggota memakai bahasa anggota itu.</translation>
    </message>
    <message>
        <source>Shop language</source>
        <translation>Bahasa toko</translation>
    </message>
    <message>
        <source>This till speaks</source>
        <translation>Bahasa kasir ini</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>Bahasa toko</translation>
    </message>
    <message>
        <source>A new language shows the next time the till starts.</source>
        <translation>Bahasa baru tampil saat kasir dimulai lagi.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Where receipts print (used from the next receipt) and the paper cards print on. Ctrl+T prints a short test receipt to the output chosen here, saved or not.</source>
        <translation>Tempat struk dicetak (dipakai mulai struk berikutnya) dan tempat kartu kertas dicetak. Ctrl+T mencetak struk uji singkat ke keluaran yang dipilih di sini, tersimpan atau tidak.</translation>
    </message>
    <message>
        <source>Receipt output</source>
        <translation>Keluaran struk</translation>
    </message>
    <message>
        <source>Folder, printer, device or address</source>
        <translation>Folder, printer, perangkat, atau alamat</translation>
    </message>
    <message>
        <source>Receipt paper width</source>
        <translation>Lebar kertas struk</translation>
    </message>
    <message>
        <source>Receipts go to</source>
        <translation>Struk dikirim ke</translation>
    </message>
    <message>
        <source>Folder / printer / device</source>
        <translation>Folder / printer / perangkat</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Kertas struk</translation>
    </message>
    <message>
        <source>Card sheets</source>
        <translation>Lembar kartu</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Cetak uji</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>The till backs the shop&apos;s data and card key up into this folder once a day (when it starts, then daily) and deletes its own daily backups once older than the days kept. Back up now makes one at once. Restore replaces the shop&apos;s data with a backup (the data and card key it replaces are kept) and needs the till restarted. Backups off this computer are sealed with the passphrase in the data folder&apos;s backup-passphrase file; keep a copy of it away from the till.</source>
        <translation>Kasir mencadangkan data toko dan kunci kartu ke folder ini sekali sehari (saat mulai, lalu setiap hari) dan menghapus cadangan hariannya sendiri yang lebih lama dari jumlah hari yang disimpan. Cadangkan sekarang langsung membuat satu. Pulihkan mengganti data toko dengan cadangan (data dan kunci kartu yang diganti tetap disimpan) dan kasir harus dijalankan ulang. Cadangan di luar komputer ini disegel dengan frasa sandi di berkas backup-passphrase pada folder data; simpan salinannya jauh dari kasir.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Keep daily backups</source>
        <translation>Simpan cadangan harian</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Folder is off-site</source>
        <translation>Folder berada di luar lokasi</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Yes: seal backups</source>
        <translation>Ya: segel cadangan</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>Uji pemulihan</translation>
    </message>
    <message>
        <source>Not run yet: the till runs it weekly.</source>
        <translation>Belum dijalankan: kasir menjalankannya setiap minggu.</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Run the drill now</source>
        <translation>Jalankan uji sekarang</translation>
    </message>
    <message>
        <source>Fixed: the shop has made sales in this country.</source>
        <translation>Tetap: toko sudah melakukan penjualan di negara ini.</translation>
    </message>
    <message>
        <source>Can change until the first sale.</source>
        <translation>Dapat diubah sampai penjualan pertama.</translation>
    </message>
    <message>
        <source>Fixed: the shop has made sales in {currency}.</source>
        <translation>Tetap: toko sudah melakukan penjualan dalam {currency}.</translation>
    </message>
    <message>
        <source>Nothing changed in {group}.</source>
        <translation>Tidak ada yang berubah di {group}.</translation>
    </message>
    <message>
        <source>Every price, threshold and reward value keeps its number, now in {currency}: the program and the products are rewritten, and the change is audited.</source>
        <translation>Setiap harga, ambang, dan nilai hadiah tetap angkanya, kini dalam {currency}: program dan produk ditulis ulang, dan perubahannya diaudit.</translation>
    </message>
    <message>
        <source>Change the currency to {currency}?</source>
        <translation>Ganti mata uang ke {currency}?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>From now on the till shows times, and counts days, in {zone}. Times already printed stay as printed.</source>
        <translation>Mulai sekarang kasir menampilkan waktu, dan menghitung hari, dalam {zone}. Waktu yang sudah dicetak tetap seperti tercetak.</translation>
    </message>
    <message>
        <source>Change the time zone?</source>
        <translation>Ganti zona waktu?</translation>
    </message>
    <message>
        <source>{group} saved; the way of selling changes at the next sign-in.</source>
        <translation>{group} disimpan; cara penjualan berubah pada saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>{group} saved; a new language and number format show the next time the till starts.</source>
        <translation>{group} disimpan; bahasa dan format angka baru tampil saat kasir dimulai lagi.</translation>
    </message>
    <message>
        <source>{group} saved; the till uses it from now on.</source>
        <translation>{group} disimpan; kasir memakainya mulai sekarang.</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>Pilih logo toko</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>The program&apos;s logo</source>
        <translation>Logo program</translation>
    </message>
    <message>
        <source>Empty: {folder}</source>
        <translation>Kosong: {folder}</translation>
    </message>
    <message>
        <source>The printer&apos;s name, as the system lists it</source>
        <translation>Nama printer, seperti tercantum di sistem</translation>
    </message>
    <message>
        <source>Test receipt printed to {where}.</source>
        <translation>Struk uji dicetak ke {where}.</translation>
    </message>
    <message>
        <source>Restoring the latest backup aside and checking it…</source>
        <translation>Memulihkan cadangan terbaru secara terpisah dan memeriksanya…</translation>
    </message>
    <message>
        <source>Restore drill FAILED: {problem}</source>
        <translation>Uji pemulihan GAGAL: {problem}</translation>
    </message>
    <message>
        <source>Not run: {error}</source>
        <translation>Tidak dijalankan: {error}</translation>
    </message>
    <message>
        <source>Not run yet: the till runs it weekly, or press Ctrl+D.</source>
        <translation>Belum dijalankan: kasir menjalankannya setiap minggu, atau tekan Ctrl+D.</translation>
    </message>
    <message>
        <source> — {days} days ago, overdue</source>
        <translation> — {days} hari lalu, terlambat</translation>
    </message>
    <message>
        <source>(no backup)</source>
        <translation>(tidak ada cadangan)</translation>
    </message>
    <message>
        <source>OK: {name} restored and checked on {when}{age}.</source>
        <translation>OK: {name} dipulihkan dan diperiksa pada {when}{age}.</translation>
    </message>
    <message>
        <source>FAILED on {when}{age}: {name}
{problems}</source>
        <translation>GAGAL pada {when}{age}: {name}
{problems}</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Dicadangkan ke {path}.</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Pulihkan cadangan yang mana?</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Cadangan (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The shop&apos;s data is replaced with the backup {path}. Sales made since that backup are no longer in the till (the data replaced is kept beside the backups). The till must be restarted afterwards.</source>
        <translation>Data toko diganti dengan cadangan {path}. Penjualan sejak cadangan itu tidak ada lagi di kasir (data yang diganti disimpan di samping cadangan). Kasir harus dijalankan ulang sesudahnya.</translation>
    </message>
    <message>
        <source>Restore {name}?</source>
        <translation>Pulihkan {name}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source> The card key file replaced is kept as {key}.</source>
        <translation> Berkas kunci kartu yang diganti disimpan sebagai {key}.</translation>
    </message>
    <message>
        <source>Restored from {source}. Close the till and start it again now: until then it still shows the data it had. The data replaced is kept in {kept}.{key}</source>
        <translation>Dipulihkan dari {source}. Tutup kasir dan jalankan lagi sekarang: sampai saat itu kasir masih menampilkan data lamanya. Data yang diganti disimpan di {kept}.{key}</translation>
    </message>
    <message>
        <source>Replace this shop with another shop&apos;s backup?</source>
        <translation>Ganti toko ini dengan cadangan toko lain?</translation>
    </message>
    <message>
        <source>Restore a backup with other card keys?</source>
        <translation>Pulihkan cadangan dengan kunci kartu lain?</translation>
    </message>
    <message>
        <source>{why}. The data and card key file it replaces are kept.</source>
        <translation>{why}. Data dan berkas kunci kartu yang diganti tetap disimpan.</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Tetap pulihkan</translation>
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <source>Set up your shop</source>
        <translation>Siapkan toko Anda</translation>
    </message>
    <message>
        <source>Back  (Esc)</source>
        <translation>Kembali  (Esc)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Continue to sign in  (Enter)</source>
        <translation>Lanjut untuk masuk  (Enter)</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Langkah {n} dari {total}</translation>
    </message>
    <message>
        <source>Create the shop  (Enter)</source>
        <translation>Buat toko  (Enter)</translation>
    </message>
    <message>
        <source>Next  (Enter)</source>
        <translation>Berikutnya  (Enter)</translation>
    </message>
    <message>
        <source>Close the window to leave; nothing is stored yet.</source>
        <translation>Tutup jendela untuk keluar; belum ada yang disimpan.</translation>
    </message>
    <message>
        <source>Join a chain</source>
        <translation>Gabung ke jaringan</translation>
    </message>
    <message>
        <source>Join the chain  (Enter)</source>
        <translation>Gabung ke jaringan  (Enter)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Creating the shop…</source>
        <translation>Membuat toko…</translation>
    </message>
    <message>
        <source>Joining the chain…</source>
        <translation>Bergabung ke jaringan…</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>e.g. Kopi Kita</source>
        <translation>mis. Kopi Kita</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Jalan dan nomor</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Kode pos dan kota</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>&amp;Nama toko</translation>
    </message>
    <message>
        <source>&amp;Address (optional)</source>
        <translation>&amp;Alamat (opsional)</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in to the till</source>
        <translation>Masuk ke kasir</translation>
    </message>
    <message>
        <source>e.g. cashier</source>
        <translation>mis. kasir</translation>
    </message>
    <message>
        <source>4-12 digits</source>
        <translation>4-12 digit</translation>
    </message>
    <message>
        <source>Sign in  (Enter)</source>
        <translation>Masuk  (Enter)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Till locked</source>
        <translation>Kasir terkunci</translation>
    </message>
    <message>
        <source>Locked after {minutes} min with nobody at the till: {user}&apos;s sale is parked.</source>
        <translation>Terkunci setelah {minutes} menit tanpa orang di kasir: penjualan {user} ditahan.</translation>
    </message>
    <message>
        <source>Locked after {minutes} min with nobody at the till.</source>
        <translation>Terkunci setelah {minutes} menit tanpa orang di kasir.</translation>
    </message>
    <message>
        <source>{user} signs in to continue it; anyone else starts a new sale.</source>
        <translation>{user} masuk untuk melanjutkannya; orang lain memulai penjualan baru.</translation>
    </message>
    <message>
        <source>Locked by {user} with a sale open. {user} signs in to continue it; anyone else starts a new sale.</source>
        <translation>Dikunci oleh {user} dengan penjualan terbuka. {user} masuk untuk melanjutkannya; orang lain memulai penjualan baru.</translation>
    </message>
    <message>
        <source>Locked by {user}. Type the PIN to continue.</source>
        <translation>Dikunci oleh {user}. Ketik PIN untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Terminal {terminal}. Type your user name and PIN, then press Enter.</source>
        <translation>Terminal {terminal}. Ketik nama pengguna dan PIN Anda, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo shop&lt;/b&gt; — for trying loyalty-pos, not for real sales. Sign in as {accounts}.</source>
        <translation>&lt;b&gt;Toko demo&lt;/b&gt; — untuk mencoba loyalty-pos, bukan untuk penjualan sungguhan. Masuk sebagai {accounts}.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Ketik PIN Anda.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
</context>
<context>
    <name>StaffLinkDialog</name>
    <message>
        <source>Own member card of {name}</source>
        <translation>Kartu anggota milik {name}</translation>
    </message>
    <message>
        <source>Linked now to a member record.</source>
        <translation>Saat ini tertaut ke data anggota.</translation>
    </message>
    <message>
        <source>Not linked to a member record yet.</source>
        <translation>Belum tertaut ke data anggota.</translation>
    </message>
    <message>
        <source>The till refuses to ring up points, redeem or adjust on this person&apos;s own card: scan or type their card number, and their phone (a member with that phone counts as theirs too). Leave both empty to remove the link.</source>
        <translation>Kasir menolak mencatat poin, menukar, atau menyesuaikan poin pada kartu milik orang ini sendiri: pindai atau ketik nomor kartunya, dan teleponnya (anggota dengan telepon itu juga dianggap miliknya). Kosongkan keduanya untuk melepas tautan.</translation>
    </message>
    <message>
        <source>keep the current link</source>
        <translation>pertahankan tautan saat ini</translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation>Nomor &amp;kartu</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Who may sign in at the tills, and as what. ↑↓ choose a person; a deactivated account cannot sign in until it is reactivated.</source>
        <translation>Siapa yang boleh masuk di kasir, dan sebagai apa. ↑↓ pilih orang; akun yang dinonaktifkan tidak dapat masuk sampai diaktifkan kembali.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Akun staf</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Atur ulang PIN</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Own card</source>
        <translation>Kartu sendiri</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Terkunci sampai</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Dinonaktifkan</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktifkan lagi</translation>
    </message>
    <message>
        <source>{username} can sign in now with the PIN you chose.</source>
        <translation>{username} sekarang dapat masuk dengan PIN yang Anda pilih.</translation>
    </message>
    <message>
        <source>{username}&apos;s PIN is changed; the old one no longer works.</source>
        <translation>PIN {username} sudah diganti; yang lama tidak berfungsi lagi.</translation>
    </message>
    <message>
        <source>{username} may sign in again.</source>
        <translation>{username} boleh masuk lagi.</translation>
    </message>
    <message>
        <source>{username}&apos;s own card is saved: the till refuses their points on it.</source>
        <translation>Kartu milik {username} disimpan: kasir menolak poin mereka pada kartu itu.</translation>
    </message>
    <message>
        <source>{username} is active again and may sign in.</source>
        <translation>{username} aktif kembali dan boleh masuk.</translation>
    </message>
    <message>
        <source>{username} is deactivated and can no longer sign in. Del reactivates.</source>
        <translation>{username} dinonaktifkan dan tidak dapat masuk lagi. Del mengaktifkan kembali.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;Create a new shop</source>
        <translation>&amp;Buat toko baru</translation>
    </message>
    <message>
        <source>&amp;Join a chain</source>
        <translation>&amp;Gabung ke jaringan</translation>
    </message>
    <message>
        <source>Seven short steps: the shop&apos;s name, region, tax, first manager and a loyalty program.</source>
        <translation>Tujuh langkah singkat: nama toko, wilayah, pajak, manajer pertama, dan program loyalitas.</translation>
    </message>
    <message>
        <source>The chain server&apos;s address and an enrolment code from head office; the shop, its staff, card keys, program, products and members come from the chain.</source>
        <translation>Alamat server jaringan dan kode pendaftaran dari kantor pusat; toko, staf, kunci kartu, program, produk, dan anggota datang dari jaringan.</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind · by</source>
        <translation>Jenis · oleh</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Receipt · expires</source>
        <translation>Struk · kedaluwarsa</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Didapat</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Ditukar</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Penyesuaian</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>reward {reward}</source>
        <translation>hadiah {reward}</translation>
    </message>
    <message>
        <source>expires {day}</source>
        <translation>kedaluwarsa {day}</translation>
    </message>
</context>
<context>
    <name>StatementView</name>
    <message>
        <source>Points statement</source>
        <translation>Riwayat poin</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Simple points</source>
        <translation>Poin sederhana</translation>
    </message>
    <message>
        <source>Points and tiers</source>
        <translation>Poin dan tingkat</translation>
    </message>
    <message>
        <source>Stamp card: &quot;buy 9, the 10th free&quot;</source>
        <translation>Kartu stempel: &quot;beli 9, yang ke-10 gratis&quot;</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>none (name only)</source>
        <translation>tidak ada (hanya nama)</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>PDF files in the data folder</source>
        <translation>Berkas PDF di folder data</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>include tax</source>
        <translation>termasuk pajak</translation>
    </message>
    <message>
        <source>exclude tax</source>
        <translation>belum termasuk pajak</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>records amounts from your own cash register</source>
        <translation>mencatat jumlah dari mesin kasir Anda sendiri</translation>
    </message>
    <message>
        <source>rings up baskets</source>
        <translation>memproses belanjaan</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>{name} (user name &lt;b&gt;{username}&lt;/b&gt;)</source>
        <translation>{name} (nama pengguna &lt;b&gt;{username}&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Server {url}, terminal {terminal}; {waiting} changes wait to be sent</source>
        <translation>Server {url}, terminal {terminal}; {waiting} perubahan menunggu dikirim</translation>
    </message>
    <message>
        <source>Disconnected from the chain</source>
        <translation>Terputus dari jaringan</translation>
    </message>
    <message>
        <source>The chain&apos;s server refused this till&apos;s token. A manager registers it again in Settings &gt; Sync.</source>
        <translation>Server jaringan menolak token kasir ini. Manajer mendaftarkannya lagi di Pengaturan &gt; Sinkronisasi.</translation>
    </message>
    <message>
        <source>Offline · {waiting} unsent · synced {ago}</source>
        <translation>Offline · {waiting} belum terkirim · disinkronkan {ago}</translation>
    </message>
    <message>
        <source>Online · {waiting} unsent · synced {ago}</source>
        <translation>Online · {waiting} belum terkirim · disinkronkan {ago}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Galat terakhir: {error}</translation>
    </message>
    <message>
        <source>Clock {skew}</source>
        <translation>Jam {skew}</translation>
    </message>
    <message>
        <source>This till&apos;s clock differs from the chain server&apos;s by more than a minute: receipts and expiry use it. Set the computer&apos;s time.</source>
        <translation>Jam kasir ini berbeda lebih dari satu menit dari jam server jaringan: struk dan kedaluwarsa memakainya. Atur jam komputer.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>A chain&apos;s tills share members, points and cards through the chain&apos;s server. Register this till with the server&apos;s address and an enrolment code from head office (loyalty-pos serve add-terminal). Sales never wait for the server: changes are sent in the background.</source>
        <translation>Kasir-kasir dalam satu jaringan berbagi anggota, poin, dan kartu melalui server jaringan. Daftarkan kasir ini dengan alamat server dan kode pendaftaran dari kantor pusat (loyalty-pos serve add-terminal). Penjualan tidak pernah menunggu server: perubahan dikirim di latar belakang.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>https://chain.example.com</source>
        <translation>https://jaringan.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>12 characters, from head office</source>
        <translation>12 karakter, dari kantor pusat</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Kode pendaftaran</translation>
    </message>
    <message>
        <source>Register this till</source>
        <translation>Daftarkan kasir ini</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sinkronkan setiap</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>Offline after</source>
        <translation>Offline setelah</translation>
    </message>
    <message>
        <source> min without a sync</source>
        <translation> menit tanpa sinkronisasi</translation>
    </message>
    <message>
        <source>Offline redemption cap</source>
        <translation>Batas penukaran offline</translation>
    </message>
    <message>
        <source>points per member per day; empty: the program&apos;s</source>
        <translation>poin per anggota per hari; kosong: sesuai program</translation>
    </message>
    <message>
        <source>The enrolment code is 12 characters, as head office gave it</source>
        <translation>Kode pendaftaran terdiri dari 12 karakter, sesuai yang diberikan kantor pusat</translation>
    </message>
    <message>
        <source>This build of the till has no sync client</source>
        <translation>Versi kasir ini tidak memiliki klien sinkronisasi</translation>
    </message>
    <message>
        <source>Registering with {url}…</source>
        <translation>Mendaftar ke {url}…</translation>
    </message>
    <message>
        <source>Registered. The first sync starts now.</source>
        <translation>Terdaftar. Sinkronisasi pertama dimulai sekarang.</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>Sinkronisasi gagal: {error}</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Tersinkron.</translation>
    </message>
</context>
<context>
    <name>TaxPage</name>
    <message>
        <source>Prices &amp;include tax (VAT, GST): the shelf price is what the customer pays</source>
        <translation>Harga &amp;termasuk pajak (PPN): harga di rak adalah yang dibayar pelanggan</translation>
    </message>
    <message>
        <source>Prices &amp;exclude tax: the price list is before VAT, GST or sales tax</source>
        <translation>Harga &amp;belum termasuk pajak: daftar harga sebelum PPN atau pajak penjualan</translation>
    </message>
    <message>
        <source>Most shops in Europe and Asia price with tax included; many in the United States price before tax. Points are counted on the price as written; a manager can base them on the price with or without tax later, under Earning rules.</source>
        <translation>Sebagian besar toko di Eropa dan Asia memasang harga termasuk pajak; banyak toko di Amerika Serikat memasang harga sebelum pajak. Poin dihitung dari harga sebagaimana tertulis; manajer dapat mendasarkannya pada harga dengan atau tanpa pajak nanti, di Aturan poin.</translation>
    </message>
    <message>
        <source>And who rings the sale up?</source>
        <translation>Dan siapa yang memproses penjualan?</translation>
    </message>
    <message>
        <source>Ring up &amp;baskets here: scan products, the till prices the sale</source>
        <translation>Proses &amp;belanjaan di sini: pindai produk, kasir menghitung harga penjualan</translation>
    </message>
    <message>
        <source>Keep my own cash &amp;register: the till records each sale&apos;s amount for points</source>
        <translation>Tetap pakai &amp;mesin kasir sendiri: kasir mencatat jumlah setiap penjualan untuk poin</translation>
    </message>
</context>
<context>
    <name>TenderNames</name>
    <message>
        <source>cash</source>
        <translation>tunai</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kartu</translation>
    </message>
    <message>
        <source>mobile payment</source>
        <translation>pembayaran seluler</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>voucher</translation>
    </message>
    <message>
        <source>other tender</source>
        <translation>pembayaran lain</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>Pembayaran seluler</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>TextVariantsDialog</name>
    <message>
        <source>Printed on the receipts of members and tills that speak the language; an empty box prints the text as typed in the settings:</source>
        <translation>Dicetak di struk anggota dan kasir yang memakai bahasa itu; kotak kosong mencetak teks seperti yang diketik di pengaturan:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
</context>
<context>
    <name>TierMovesTab</name>
    <message>
        <source>{ups:,} upgrade(s) and {downs:,} downgrade(s) in the range, as the audit log recorded each tier change.</source>
        <translation>{ups:,} kenaikan dan {downs:,} penurunan dalam rentang ini, sebagaimana log audit mencatat setiap perubahan tingkat.</translation>
    </message>
    <message>
        <source>Tier changes per month</source>
        <translation>Perubahan tingkat per bulan</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Kenaikan</translation>
    </message>
    <message>
        <source>Downgrades</source>
        <translation>Penurunan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Turun</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Spend</source>
        <translation>Belanja</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Poin didapat</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Multiplier %</source>
        <translation>Pengali %</translation>
    </message>
    <message>
        <source>Perks (separate with ;)</source>
        <translation>Keuntungan (pisahkan dengan ;)</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Tambah tingkat</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Hapus tingkat</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>&amp;Qualify by</source>
        <translation>&amp;Syarat berdasarkan</translation>
    </message>
    <message>
        <source>over the &amp;last</source>
        <translation>selama &amp;terakhir</translation>
    </message>
    <message>
        <source>Yearly &amp;review on</source>
        <translation>&amp;Tinjauan tahunan pada</translation>
    </message>
    <message>
        <source>&amp;Grace after review</source>
        <translation>&amp;Masa tenggang setelah tinjauan</translation>
    </message>
    <message>
        <source>Members move up at once when they qualify; they move down only at the yearly review, after the grace days. The first tier starts at 0.</source>
        <translation>Anggota langsung naik saat memenuhi syarat; mereka turun hanya pada tinjauan tahunan, setelah masa tenggang. Tingkat pertama dimulai dari 0.</translation>
    </message>
    <message>
        <source>Tiers, &amp;lowest first</source>
        <translation>Tingkat, &amp;terendah dahulu</translation>
    </message>
    <message>
        <source>From ({currency})</source>
        <translation>Dari ({currency})</translation>
    </message>
    <message>
        <source>From (points)</source>
        <translation>Dari (poin)</translation>
    </message>
    <message>
        <source>{text!r} is not a number of points</source>
        <translation>{text!r} bukan jumlah poin</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>baris {row}</translation>
    </message>
    <message>
        <source>Tier {tier}: {problem}</source>
        <translation>Tingkat {tier}: {problem}</translation>
    </message>
    <message>
        <source>Tier {tier}: the multiplier is a whole percent, such as 125.</source>
        <translation>Tingkat {tier}: pengali berupa persen bulat, seperti 125.</translation>
    </message>
    <message>
        <source>Every tier needs a code and a name.</source>
        <translation>Setiap tingkat perlu kode dan nama.</translation>
    </message>
    <message>
        <source>The first tier, {tier}, must start at 0.</source>
        <translation>Tingkat pertama, {tier}, harus dimulai dari 0.</translation>
    </message>
    <message>
        <source>{higher} must start above {lower} ({threshold}): tiers go from lowest to highest.</source>
        <translation>{higher} harus dimulai di atas {lower} ({threshold}): tingkat berurutan dari terendah ke tertinggi.</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <source>Active members per tier today, whatever the date range.</source>
        <translation>Anggota aktif per tingkat hari ini, apa pun rentang tanggalnya.</translation>
    </message>
    <message>
        <source>Active members per tier</source>
        <translation>Anggota aktif per tingkat</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Anggota aktif</translation>
    </message>
</context>
<context>
    <name>TillPage</name>
    <message>
        <source>Till</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>How this till sells, tells a scanner from typing, locks itself and shows the customer display. The way of selling applies at the next sign-in with no sale parked; everything else at once. A scanner types a code within a few milliseconds per key: raise the gap if scans arrive as typing, lower it if fast typing is taken for a scan.</source>
        <translation>Cara kasir ini berjualan, membedakan pemindai dari ketikan, mengunci diri, dan menampilkan layar pelanggan. Cara berjualan berlaku saat masuk berikutnya tanpa penjualan yang ditahan; yang lain langsung berlaku. Pemindai mengetik kode dalam beberapa milidetik per tombol: naikkan jeda jika pindaian masuk sebagai ketikan, turunkan jika ketikan cepat dianggap pindaian.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Ring up baskets here</source>
        <translation>Proses belanjaan di sini</translation>
    </message>
    <message>
        <source>Record the amounts of our own cash register</source>
        <translation>Catat jumlah dari mesin kasir kami sendiri</translation>
    </message>
    <message>
        <source>Longest gap between keys</source>
        <translation>Jeda terlama antar tombol</translation>
    </message>
    <message>
        <source>Shortest scan</source>
        <translation>Pindaian terpendek</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> karakter</translation>
    </message>
    <message>
        <source>Lock the till after</source>
        <translation>Kunci kasir setelah</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> menit diam</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Layar pelanggan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Nyala</translation>
    </message>
    <message>
        <source>Customer display screen</source>
        <translation>Layar tampilan pelanggan</translation>
    </message>
    <message>
        <source>Display on screen</source>
        <translation>Tampilkan di layar</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Kontras tinggi (putih di atas hitam)</translation>
    </message>
    <message>
        <source>System colours (as the desktop, e.g. dark mode)</source>
        <translation>Warna sistem (seperti desktop, mis. mode gelap)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Ukuran teks</translation>
    </message>
    <message>
        <source>None available: only one screen is connected</source>
        <translation>Tidak ada: hanya satu layar yang tersambung</translation>
    </message>
    <message>
        <source>With one screen the customer display opens as a window over the till. Connect a second screen to choose it here.</source>
        <translation>Dengan satu layar, layar pelanggan terbuka sebagai jendela di atas kasir. Sambungkan layar kedua untuk memilihnya di sini.</translation>
    </message>
    <message>
        <source>Any screen the till is not on</source>
        <translation>Layar mana pun yang tidak dipakai kasir</translation>
    </message>
    <message>
        <source>{name} — not connected now</source>
        <translation>{name} — tidak tersambung sekarang</translation>
    </message>
    <message>
        <source>{name} is not connected: until it is, the display uses the first screen the till is not on.</source>
        <translation>{name} tidak tersambung: sampai tersambung, tampilan memakai layar pertama yang tidak dipakai kasir.</translation>
    </message>
    <message>
        <source>Kept by the screen&apos;s name, so it stays the same screen after a restart; if it is unplugged the display moves to another screen and the till says so.</source>
        <translation>Disimpan menurut nama layarnya, jadi tetap layar yang sama setelah dijalankan ulang; jika dicabut, tampilan pindah ke layar lain dan kasir memberi tahu.</translation>
    </message>
</context>
<context>
    <name>TopMembersTab</name>
    <message>
        <source>Points earned</source>
        <translation>Poin didapat</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>ID anggota</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>To pay</source>
        <translation>Harus dibayar</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>Dibayar dengan poin</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Points this sale: 0</source>
        <translation>Poin penjualan ini: 0</translation>
    </message>
    <message>
        <source>No member: no points</source>
        <translation>Tanpa anggota: tanpa poin</translation>
    </message>
    <message>
        <source>Points this sale: +{points}</source>
        <translation>Poin penjualan ini: +{points}</translation>
    </message>
    <message>
        <source>−{points} pts</source>
        <translation>−{points} poin</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>Poin digunakan</translation>
    </message>
    <message>
        <source>This sale won</source>
        <translation>Penjualan ini menang</translation>
    </message>
    <message>
        <source>Instant win: {what}</source>
        <translation>Menang instan: {what}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer points from {name}</source>
        <translation>Transfer poin dari {name}</translation>
    </message>
    <message>
        <source>{name} has {points:,} points. Points go in steps of {step:,} and keep their expiry dates.</source>
        <translation>{name} memiliki {points:,} poin. Poin berpindah dengan kelipatan {step:,} dan tetap memakai tanggal kedaluwarsanya.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>e.g. {step}</source>
        <translation>mis. {step}</translation>
    </message>
    <message>
        <source>&amp;To member</source>
        <translation>&amp;Ke anggota</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Poin</translation>
    </message>
    <message>
        <source>Choose who receives the points.</source>
        <translation>Pilih siapa yang menerima poin.</translation>
    </message>
    <message>
        <source>Type the points to transfer.</source>
        <translation>Ketik poin yang akan ditransfer.</translation>
    </message>
</context>
<context>
    <name>UnusualTab</name>
    <message>
        <source>Member: redeems often</source>
        <translation>Anggota: sering menukar</translation>
    </message>
    <message>
        <source>Cashier: many rewards</source>
        <translation>Kasir: banyak hadiah</translation>
    </message>
    <message>
        <source>Cashier: many lookups</source>
        <translation>Kasir: banyak pencarian</translation>
    </message>
    <message>
        <source>No pattern is watched: set the thresholds under Earning rules &amp; tiers → Limits.</source>
        <translation>Tidak ada pola yang dipantau: atur ambangnya di Aturan poin &amp; tingkat → Batas.</translation>
    </message>
    <message>
        <source>Nothing unusual in the last {days} days (whatever the date range).</source>
        <translation>Tidak ada yang tidak biasa dalam {days} hari terakhir (apa pun rentang tanggalnya).</translation>
    </message>
    <message>
        <source>{count:,} pattern(s) reached their threshold within {minutes} minutes in the last {days} days (whatever the date range). Each is listed once, at its busiest window.</source>
        <translation>{count:,} pola mencapai ambangnya dalam {minutes} menit selama {days} hari terakhir (apa pun rentang tanggalnya). Masing-masing dicantumkan sekali, pada rentang tersibuknya.</translation>
    </message>
    <message>
        <source>Count at the busiest window</source>
        <translation>Jumlah pada rentang tersibuk</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Ambang</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check the member</source>
        <translation>Cek anggota</translation>
    </message>
    <message>
        <source>Check who {name} is</source>
        <translation>Cek bahwa ini benar {name}</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <source>&amp;Last digits of the phone</source>
        <translation>&amp;Digit terakhir telepon</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cek</translation>
    </message>
    <message>
        <source>Type what the member tells you first.</source>
        <translation>Ketik dulu apa yang disebutkan anggota.</translation>
    </message>
</context>
<context>
    <name>VolumePage</name>
    <message>
        <source>Applies to</source>
        <translation>Berlaku untuk</translation>
    </message>
    <message>
        <source>From qty</source>
        <translation>Dari jml</translation>
    </message>
    <message>
        <source>From value</source>
        <translation>Dari nilai</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% diskon</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>&amp;Add a product with a volume step</source>
        <translation>&amp;Tambah produk dengan tingkat volume</translation>
    </message>
    <message>
        <source>Volume &amp;steps</source>
        <translation>Tingkat &amp;volume</translation>
    </message>
    <message>
        <source>Add &amp;basket step</source>
        <translation>Tambah tingkat &amp;belanjaan</translation>
    </message>
    <message>
        <source>Whole basket</source>
        <translation>Seluruh belanjaan</translation>
    </message>
    <message>
        <source>Each row is a step: from a quantity (of the product or category) or from a basket value, a % off those lines and/or bonus points for a member. Of the steps on the same product, category or basket, the highest reached applies. Del removes the row.</source>
        <translation>Setiap baris adalah satu tingkat: mulai dari jumlah (produk atau kategori) atau dari nilai belanjaan, % diskon untuk baris tersebut dan/atau poin bonus bagi anggota. Dari tingkat pada produk, kategori, atau belanjaan yang sama, yang tertinggi tercapai yang berlaku. Del menghapus baris.</translation>
    </message>
    <message>
        <source>{what}: a step needs a quantity or a basket value (one of them), and a % off or bonus points.</source>
        <translation>{what}: tingkat memerlukan jumlah atau nilai belanjaan (salah satu), serta % diskon atau poin bonus.</translation>
    </message>
    <message>
        <source>from {quantity}</source>
        <translation>mulai {quantity}</translation>
    </message>
    <message>
        <source>from {amount}</source>
        <translation>mulai {amount}</translation>
    </message>
</context>
<context>
    <name>WindowFields</name>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>From hour</source>
        <translation>Dari jam</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Sepanjang hari</translation>
    </message>
    <message>
        <source>Until hour</source>
        <translation>Sampai jam</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Jam</translation>
    </message>
    <message>
        <source>Product codes, comma between</source>
        <translation>Kode produk, dipisah koma</translation>
    </message>
    <message>
        <source>On products</source>
        <translation>Pada produk</translation>
    </message>
    <message>
        <source>On &amp;products</source>
        <translation>Pada p&amp;roduk</translation>
    </message>
    <message>
        <source>&amp;Weekdays (none: every day)</source>
        <translation>&amp;Hari (kosong: setiap hari)</translation>
    </message>
    <message>
        <source>Per tier (%)</source>
        <translation>Per tingkat (%)</translation>
    </message>
    <message>
        <source>As the campaign</source>
        <translation>Sesuai kampanye</translation>
    </message>
    <message>
        <source>{tier} factor</source>
        <translation>Faktor {tier}</translation>
    </message>
</context>
<context>
    <name>_StaffForm</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN lagi</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits. Enter or Ctrl+S saves, Esc cancels.</source>
        <translation>PIN terdiri dari 4 sampai 12 digit. Enter atau Ctrl+S menyimpan, Esc membatalkan.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;lagi</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Ketik PIN-nya.</translation>
    </message>
    <message>
        <source>The two PINs differ; type it again.</source>
        <translation>Kedua PIN berbeda; ketik lagi.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Your shop is ready</source>
        <translation>Toko Anda sudah siap</translation>
    </message>
    <message>
        <source>Write this recovery code on paper now and keep it away from the till. If the shop&apos;s only manager forgets the PIN, the command &apos;loyalty-pos staff recover&apos; asks for it. It is shown only this once.</source>
        <translation>Tulis kode pemulihan ini di kertas sekarang dan simpan jauh dari kasir. Jika satu-satunya manajer toko lupa PIN, perintah &apos;loyalty-pos staff recover&apos; memintanya. Kode hanya ditampilkan kali ini.</translation>
    </message>
    <message>
        <source>Logo and receipts</source>
        <translation>Logo dan struk</translation>
    </message>
    <message>
        <source>Both are optional: without a logo, cards carry the shop&apos;s name only; without a printer, receipts are saved as PDF files in the shop&apos;s data folder.</source>
        <translation>Keduanya opsional: tanpa logo, kartu hanya memuat nama toko; tanpa printer, struk disimpan sebagai berkas PDF di folder data toko.</translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation>Manajer pertama</translation>
    </message>
    <message>
        <source>Probably you. The manager signs in with a PIN, adds cashiers and other managers, and changes the loyalty program.</source>
        <translation>Mungkin Anda. Manajer masuk dengan PIN, menambahkan kasir dan manajer lain, dan mengubah program loyalitas.</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Program loyalitas</translation>
    </message>
    <message>
        <source>A program to start with. Rewards, rules, tiers and campaigns can all be changed later in the back office (Ctrl+Shift+B).</source>
        <translation>Program untuk memulai. Hadiah, aturan, tingkat, dan kampanye semuanya dapat diubah nanti di back office (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>Country, currency and time</source>
        <translation>Negara, mata uang, dan waktu</translation>
    </message>
    <message>
        <source>Suggested from this computer&apos;s settings. The currency cannot change once the shop has sales; the time zone decides when a day, a month and a year begin.</source>
        <translation>Disarankan dari pengaturan komputer ini. Mata uang tidak dapat diubah setelah toko memiliki penjualan; zona waktu menentukan kapan hari, bulan, dan tahun dimulai.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Toko Anda</translation>
    </message>
    <message>
        <source>Welcome to loyalty-pos. Seven short steps set up your shop; nothing is stored until the last one. First: the name customers see on receipts and member cards, and the shop&apos;s address.</source>
        <translation>Selamat datang di loyalty-pos. Tujuh langkah singkat menyiapkan toko Anda; belum ada yang disimpan sampai langkah terakhir. Pertama: nama yang dilihat pelanggan di struk dan kartu anggota, serta alamat toko.</translation>
    </message>
    <message>
        <source>Ready to create the shop</source>
        <translation>Siap membuat toko</translation>
    </message>
    <message>
        <source>Nothing is stored until you press Enter here. Esc goes back to change anything.</source>
        <translation>Belum ada yang disimpan sampai Anda menekan Enter di sini. Esc kembali untuk mengubah apa pun.</translation>
    </message>
    <message>
        <source>Prices and tax</source>
        <translation>Harga dan pajak</translation>
    </message>
    <message>
        <source>How are the prices on your shelves and in your price list written?</source>
        <translation>Bagaimana harga di rak dan daftar harga Anda ditulis?</translation>
    </message>
    <message>
        <source>Join a chain</source>
        <translation>Gabung ke jaringan</translation>
    </message>
    <message>
        <source>Head office gives you the server&apos;s address and a one-time enrolment code (&apos;loyalty-pos serve add-terminal&apos;). Head office&apos;s till must have synced once.</source>
        <translation>Kantor pusat memberi Anda alamat server dan kode pendaftaran sekali pakai (&apos;loyalty-pos serve add-terminal&apos;). Kasir kantor pusat harus sudah sinkron sekali.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Is this till a new shop, or one more till of a chain whose head office is already set up?</source>
        <translation>Apakah kasir ini toko baru, atau satu kasir lagi dari jaringan yang kantor pusatnya sudah disiapkan?</translation>
    </message>
</context>
</TS>
