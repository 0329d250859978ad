"""A realistic message history for storage benchmarks: what a batik shop's WhatsApp inbox holds.

Indonesian and English text drawn from a few hundred words, product and place names, order numbers, prices
and tracking numbers, so that the search index has a real vocabulary; two thirds of the messages from
customers, the rest ours with their ticks (sent, delivered, read, failed); a few per cent photos and
documents, half of them without a caption. The same seed gives the same history, so two databases compared
with each other hold exactly the same rows.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

DAY_MS = 86_400_000

# Word tables, kept dense.
# fmt: off
GREETINGS = (
    "Halo kak", "Selamat pagi", "Selamat siang", "Selamat sore", "Malam min", "Permisi", "Assalamualaikum",
    "Hi", "Hello", "Good morning", "Good evening", "Dear seller", "Pagi bu", "Siang pak", "Mbak", "Gan",
)
ID_WORDS = (  # noqa: SIM905 (a paragraph of words reads better than a list of quoted ones)
    "masih ada stok ready barang pesanan pesan kirim pengiriman ongkir alamat sudah belum sampai diterima bayar"
    " pembayaran transfer rekening bukti harga diskon promo grosir ecer ukuran warna motif bahan katun sutra"
    " primisima prima kain meter lembar potong kodi minggu besok lusa hari ini itu bisa tidak boleh tolong cek"
    " resi nomor total jumlah kurang lebih murah mahal bagus cantik halus adem luntur jahit seragam kantor sekolah"
    " pernikahan hajatan lebaran natal tahun baru koleksi terbaru foto gambar video katalog lihat kirimkan dong ya"
    " kok sih deh nih juga saja atau dan dengan tapi karena kalau gimana berapa kapan dimana kenapa reseller"
    " dropship agen toko gudang kurir ekspedisi retur tukar garansi cacat sobek rusak kecil besar sedang panjang"
    " pendek lengan kemeja blus rok celana daster gamis hijab kerudung tas dompet selendang sarung taplak sprei"
    " sarimbit couple keluarga anak dewasa wanita pria pola cetak tulis tangan canting malam pewarna alami sintetis"
    " cuci kering setrika lipat bungkus kado kardus plastik cepat lambat terlambat hilang tertahan dikembalikan"
    " ditunggu kabarnya makasih banyak sukses selalu langganan pelanggan setia rekomendasi teman saudara"
).split()
EN_WORDS = (  # noqa: SIM905
    "do you ship to order shipping delivery tracking number invoice payment received paid price discount wholesale"
    " retail size colour color pattern fabric cotton silk handmade hand drawn stamped printed scarf scarves shirt"
    " dress sarong tablecloth cushion cover gift wrapping box customs duty express airmail weeks days tomorrow"
    " available stock restock sold out sample photo catalogue bulk quantity pieces metres refund exchange damaged"
    " faded quality beautiful lovely perfect arrived yet still waiting when where how much many could would like"
    " need want send please thanks thank you again my your our the for with from about wedding birthday uniform"
    " office family friends collection newest pattern natural dyes wash gently iron inside out"
).split()
PRODUCTS = (
    "batik tulis", "batik cap", "batik printing", "motif parang", "motif kawung", "mega mendung", "truntum",
    "sidomukti", "sekar jagad", "batik lasem", "batik pekalongan", "songket palembang", "tenun ikat sumba",
    "kain lurik", "jumputan", "sasirangan", "ulos batak", "kebaya encim", "selendang sutra", "sarung tenun",
)
PLACES = (
    "Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Denpasar", "Yogyakarta", "Solo",
    "Pekalongan", "Cirebon", "Malang", "Balikpapan", "Pontianak", "Batam", "Singapore", "London", "Amsterdam",
    "Sydney", "Tokyo", "Kuala Lumpur", "Melbourne", "Berlin", "Paris",
)
COURIERS = ("JNE", "J&T", "SiCepat", "AnterAja", "GoSend", "GrabExpress", "Pos Indonesia", "DHL", "FedEx")
PAYMENTS = ("BCA", "Mandiri", "BRI", "BNI", "QRIS", "GoPay", "OVO", "DANA", "ShopeePay", "PayPal", "COD")
SENTENCES = (
    "{g}, {p} masih ada? Mau {q} lembar untuk {c}.",
    "{g}, harga {p} berapa ya? Kalau ambil {q} kodi dapat diskon?",
    "Pesanan {inv} sudah saya transfer via {pay} Rp {rp}.000, mohon dicek.",
    "Resi {courier} untuk {inv}: {resi}. Estimasi sampai {c} {d} hari.",
    "Ongkir ke {c} pakai {courier} berapa kak? Berat sekitar {q} kg.",
    "Terima kasih, {p} sudah sampai di {c} 🙏 bagus sekali.",
    "Do you ship {p} to {c}? I'd like {q} pieces in size {size}.",
    "Order {inv} paid with {pay}, total Rp {rp}.000. When will it ship?",
    "Your order {inv} has shipped with {courier}, tracking {resi}.",
    "Ukuran {size} warna {color} masih ready? Untuk seragam {q} orang.",
    "Maaf kak, {p} warna {color} lagi kosong, restock {d} hari lagi.",
    "Is the {p} colourfast? The {color} one I bought in {c} faded a little.",
    "Bisa retur? {p} yang datang ukuran {size}, saya pesan {size2}.",
    "Total pesanan {inv}: {q} x {p} = Rp {rp}.000, ongkir {courier} Rp {ship}.000.",
    "Katalog {p} terbaru sudah kami kirim ya, ada {q} motif baru.",
)
COLORS = ("merah", "biru", "hijau", "coklat", "sogan", "indigo", "hitam", "putih", "maroon", "navy", "red", "blue")
SIZES = ("S", "M", "L", "XL", "XXL", "2x1 m", "2.5 m", "all size")
CAPTIONS = ("Ini fotonya kak", "Motif yang ini ya", "Bukti transfer", "Invoice attached", "Photo of the damage", "")
STATUSES_OUT = ("sent", "delivered", "delivered", "read", "read", "read", "read", "read", "read", "failed")
# fmt: on


@dataclass(frozen=True, slots=True)
class Mix:
    """How the history is laid out: its size, who gets which message, and which share is past retention."""

    messages: int
    conversations: int
    now_ms: int
    expired_share: float = 0.3  # older than the retention period (30 days): a run deletes these
    largest_share: int = 10  # one message in this many goes to the busiest customer
    media_per_100: int = 3
    seed: int = 9

    @property
    def expired(self) -> int:
        return round(self.messages * self.expired_share)

    def at(self, i: int) -> int:
        """When message ``i`` was written: the expired ones 40 to 31 days ago, the rest 29 days ago to now."""
        old = self.expired
        if i < old:
            return self.now_ms - 40 * DAY_MS + i * (9 * DAY_MS // max(old, 1))
        return self.now_ms - 29 * DAY_MS + (i - old) * (28 * DAY_MS // max(self.messages - old, 1))

    def conversation(self, i: int) -> int:
        """Message ``i``'s conversation, 1 to ``conversations`` (made in that order in a fresh database, so
        this is its id); 1 is the busiest one."""
        if i % self.largest_share == 0 or self.conversations == 1:
            return 1
        return 2 + (i * 7919) % (self.conversations - 1)


def _text(rng: random.Random, n: int) -> str:
    product = rng.choice(PRODUCTS)
    size = rng.choice(SIZES)
    sentence = rng.choice(SENTENCES).format(
        g=rng.choice(GREETINGS),
        p=product,
        q=rng.randint(1, 60),
        c=rng.choice(PLACES),
        inv=f"INV/2025/{n % 200_000:06d}",
        pay=rng.choice(PAYMENTS),
        rp=rng.randint(35, 4_500),
        courier=rng.choice(COURIERS),
        resi=f"JP{rng.randrange(10**9, 10**10)}",
        d=rng.randint(1, 14),
        size=size,
        size2=rng.choice(SIZES),
        color=rng.choice(COLORS),
        ship=rng.randint(9, 250),
    )
    words = ID_WORDS if rng.random() < 0.65 else EN_WORDS
    extra = " ".join(rng.choices(words, k=rng.randint(0, 8)))
    return f"{sentence} {extra}".rstrip()


MediaRow = tuple[int, str, str, int, str | None, int]
MessageRow = tuple[object, ...]


def batches(mix: Mix, size: int) -> Iterator[tuple[list[MediaRow], list[MessageRow]]]:
    """The history in time order, ``size`` messages at a time: (media rows, message rows).

    Message rows are (conversation, wamid, direction, type, body, media_id, status, created_at, sent_at,
    delivered_at, read_at, failed_at, error_code, error_title); media ids count up from 1.
    """
    rng = random.Random(mix.seed)
    media_id = 0
    for start in range(0, mix.messages, size):
        media: list[MediaRow] = []
        rows: list[MessageRow] = []
        for i in range(start, min(mix.messages, start + size)):
            at = mix.at(i)
            inbound = i % 3 != 0
            kind, body, media_ref = "text", _text(rng, i), None
            if rng.randrange(100) < mix.media_per_100:
                media_id += 1
                kind = "image" if rng.random() < 0.7 else "document"
                body = rng.choice(CAPTIONS) or None
                media_ref = media_id
                media.append(
                    (
                        media_id,
                        f"{1_000_000_000_000 + media_id}",
                        "image/jpeg" if kind == "image" else "application/pdf",
                        rng.randint(40_000, 2_000_000),
                        None if kind == "image" else f"invoice-{i}.pdf",
                        at,
                    )
                )
            sent = delivered = read = failed = code = title = None
            if inbound:
                status = "received"
            else:
                status = rng.choice(STATUSES_OUT)
                sent = at + 1_000
                if status == "failed":
                    failed, code, title = at + 2_000, 131026, "Message undeliverable"
                if status in ("delivered", "read"):
                    delivered = at + 3_000
                if status == "read":
                    read = at + 60_000
            rows.append(
                (
                    mix.conversation(i),
                    f"wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYIDNB{i:012d}",
                    "in" if inbound else "out",
                    kind,
                    body,
                    media_ref,
                    status,
                    at,
                    sent,
                    delivered,
                    read,
                    failed,
                    code,
                    title,
                )
            )
        yield media, rows
