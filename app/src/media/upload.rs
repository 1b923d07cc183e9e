//! Photos uploaded from a phone, made safe and small before anyone sees
//! them. Nothing about an upload is trusted: the type is read from the
//! bytes (not the name or the declared type), the size is checked from the
//! header before any pixel is decoded (a "decompression bomb" is refused
//! without allocating it), the camera's orientation is applied, and the
//! picture is re-encoded from pixels only, so EXIF (GPS position, phone
//! model, time) and every other kind of metadata is gone.
//!
//! The result is a few widths of the same picture (for `srcset`), each a
//! progressive-free baseline JPEG stored under its content hash.

use crate::i18n::Text;
use crate::media::ssr::MediaStore;
use crate::media::Photo;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbImage};
use std::io::Cursor;

/// The largest upload accepted (a 48-megapixel phone photo is ~12 MB).
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// The most pixels decoded (about 60 megapixels).
pub const MAX_PIXELS: u64 = 60_000_000;
/// The most memory a decoded picture may take (8-bit RGBA at the pixel limit).
const MAX_DECODED_BYTES: u64 = MAX_PIXELS * 4;
/// The longest side accepted.
pub const MAX_SIDE: u32 = 12_000;
/// The widths kept: a phone tile, a phone's full width, a desktop's. A
/// narrower original is kept at its own width (never enlarged).
pub const WIDTHS: [u32; 3] = [320, 640, 1280];
/// Pictures decoded at once (one per core on the 2-core server). With
/// [`MAX_PIXELS`], this bounds the memory uploads can take: about 360 MB a
/// decode at most (docs/BENCHMARKS.md has the measured peak).
pub const DECODES_AT_ONCE: usize = 2;
static DECODING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(DECODES_AT_ONCE);
/// JPEG quality: small on 3G, no visible blocks on a product photo.
const QUALITY: u8 = 80;

/// Why an upload was refused. Every case has a message a seller can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UploadError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Not a picture at all (whatever its name says).
    NotAnImage,
    /// A picture, but not JPEG, PNG or WebP (e.g. GIF, HEIC, TIFF).
    UnsupportedType,
    TooManyPixels {
        width: u32,
        height: u32,
    },
    /// Looks like a picture but cannot be read (cut short or damaged).
    Unreadable,
}

impl UploadError {
    pub fn message(&self) -> Text {
        match self {
            UploadError::Empty => Text::new("फ़ोटो खाली है। दोबारा चुनें।", "The photo is empty. Choose it again."),
            UploadError::TooLarge { bytes } => Text::new(
                format!("फ़ोटो बहुत बड़ी है ({} MB)। 20 MB तक की फ़ोटो लगाएँ।", bytes.div_ceil(1024 * 1024)),
                format!("The photo is too large ({} MB). Use a photo of up to 20 MB.", bytes.div_ceil(1024 * 1024)),
            ),
            UploadError::NotAnImage => {
                Text::new("यह फ़ाइल फ़ोटो नहीं है। JPEG, PNG या WebP फ़ोटो चुनें।", "This file is not a photo. Choose a JPEG, PNG or WebP photo.")
            }
            UploadError::UnsupportedType => Text::new(
                "इस तरह की फ़ोटो नहीं ले सकते। JPEG, PNG या WebP फ़ोटो चुनें (फ़ोन के कैमरे की फ़ोटो JPEG होती है)।",
                "This kind of picture is not accepted. Choose a JPEG, PNG or WebP photo (phone camera photos are JPEG).",
            ),
            UploadError::TooManyPixels { width, height } => Text::new(
                format!("फ़ोटो का आकार ({width} × {height}) बहुत बड़ा है। 6 करोड़ पिक्सेल तक की फ़ोटो लगाएँ।"),
                format!("The picture's size ({width} × {height}) is too large. Use a photo of up to 60 megapixels."),
            ),
            UploadError::Unreadable => Text::new(
                "फ़ोटो पढ़ी नहीं जा सकी: शायद वह पूरी नहीं आई या ख़राब है। दोबारा लगाएँ।",
                "The photo could not be read: it may be incomplete or damaged. Upload it again.",
            ),
        }
    }
}

/// One width of a processed photo: baseline JPEG bytes and their size.
#[derive(Clone, Debug)]
pub struct Rendition {
    pub width: u32,
    pub height: u32,
    pub jpeg: Vec<u8>,
}

/// Checks, decodes and re-encodes an upload. CPU-bound: call it from
/// `spawn_blocking`. Renditions come narrowest first.
pub fn process(bytes: &[u8]) -> Result<Vec<Rendition>, UploadError> {
    if bytes.is_empty() {
        return Err(UploadError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(UploadError::TooLarge { bytes: bytes.len() });
    }
    let format = image::guess_format(bytes).map_err(|_| UploadError::NotAnImage)?;
    if !matches!(format, ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) {
        return Err(UploadError::UnsupportedType);
    }
    // The JPEG decoder paints a cut-off picture's missing part grey and
    // calls it a success: refuse it instead, as the other formats' decoders do.
    if format == ImageFormat::Jpeg && !jpeg_is_complete(bytes) {
        tracing::info!(bytes = bytes.len(), "an upload is a JPEG cut short");
        return Err(UploadError::Unreadable);
    }
    let mut reader = ImageReader::new(Cursor::new(bytes));
    reader.set_format(format);
    // Read the header first, with no limits, to say how big the picture
    // claims to be; only then decode, with the decoder's own limits too.
    reader.no_limits();
    // No limits are set yet, so this cannot fail for size (no "0 × 0").
    let mut decoder = reader.into_decoder().map_err(|e| refused(e, bytes.len(), (0, 0)))?;
    let (width, height) = decoder.dimensions();
    if width == 0 || height == 0 {
        return Err(UploadError::Unreadable);
    }
    // Pixels, sides, and the bytes the decoded picture would take (a 16-bit
    // RGBA PNG needs 8 bytes a pixel: twice what the pixel count allows for).
    if u64::from(width) * u64::from(height) > MAX_PIXELS
        || width > MAX_SIDE
        || height > MAX_SIDE
        || decoder.total_bytes() > MAX_DECODED_BYTES
    {
        return Err(UploadError::TooManyPixels { width, height });
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    decoder.set_limits(limits).map_err(|e| refused(e, bytes.len(), (width, height)))?;
    // A phone stores the picture as the sensor saw it plus an EXIF note to
    // turn it; apply the note, since the metadata is about to be dropped.
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder).map_err(|e| refused(e, bytes.len(), (width, height)))?;
    picture.apply_orientation(orientation);
    let flat = on_white(picture)?;

    let full_width = flat.width();
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|w| *w < full_width).collect();
    if widths.len() < WIDTHS.len() {
        // The original is narrower than the widest size: keep it as it is.
        widths.push(full_width.min(WIDTHS[WIDTHS.len() - 1]));
    }
    // Widest first, each made from the one before: the full picture is
    // read once (the costly step), and only one smaller copy is alive at a time.
    let mut current = DynamicImage::ImageRgb8(flat);
    let mut renditions = Vec::with_capacity(widths.len());
    for w in widths.into_iter().rev() {
        if w != current.width() {
            current = current.resize(w, u32::MAX, image::imageops::FilterType::Triangle);
        }
        let mut jpeg = Vec::new();
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, QUALITY);
        current.write_with_encoder(encoder).map_err(|e| {
            tracing::error!(error = %e, "encoding a photo failed");
            UploadError::Unreadable
        })?;
        renditions.push(Rendition { width: current.width(), height: current.height(), jpeg });
    }
    renditions.reverse();
    Ok(renditions)
}

/// Whether a JPEG's picture data ends with its end-of-image marker. The
/// marker segments before the picture (EXIF with its own thumbnail, among
/// others) are stepped over by their lengths; inside the picture data a
/// 0xFF byte is always followed by 0x00 or a restart marker, so the first
/// `FF D9` after the start of scan is the end. Bytes after it (some phones
/// append their own) do no harm.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let mut at = 2; // after the start-of-image marker
    loop {
        // Markers may be padded with extra 0xFF bytes.
        while bytes.get(at) == Some(&0xFF) && bytes.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        // Stray bytes between segments, as some apps write: skip to the next marker.
        if bytes.get(at).is_some_and(|b| *b != 0xFF) {
            match bytes[at..].iter().position(|b| *b == 0xFF) {
                Some(skip) => at += skip,
                None => return false,
            }
        }
        let (Some(0xFF), Some(&marker)) = (bytes.get(at), bytes.get(at + 1)) else { return false };
        match marker {
            0xD9 => return false, // the end, before any picture
            0x01 | 0xD0..=0xD7 => at += 2,
            0xDA => break,
            _ => {
                let (Some(&high), Some(&low)) = (bytes.get(at + 2), bytes.get(at + 3)) else { return false };
                at += 2 + usize::from(u16::from_be_bytes([high, low]));
            }
        }
    }
    bytes[at..].windows(2).any(|pair| pair == [0xFF, 0xD9])
}

/// Turns a decoding failure into a reason (the detail goes to the log only).
fn refused(error: image::ImageError, bytes: usize, (width, height): (u32, u32)) -> UploadError {
    use image::error::{ImageError, LimitErrorKind};
    match error {
        ImageError::Limits(limit)
            if matches!(limit.kind(), LimitErrorKind::DimensionError | LimitErrorKind::InsufficientMemory) =>
        {
            // The decoder's own limits, behind the header check in `process`.
            UploadError::TooManyPixels { width, height }
        }
        ImageError::Unsupported(_) => UploadError::UnsupportedType,
        other => {
            tracing::info!(error = %other, bytes, "an upload could not be decoded");
            UploadError::Unreadable
        }
    }
}

/// Transparent parts (a PNG cut-out) become white, not black, in a JPEG.
/// Done in the decoded picture's own memory: a second full-size copy of a
/// 60-megapixel picture would be 180 MB more.
fn on_white(picture: DynamicImage) -> Result<RgbImage, UploadError> {
    if !picture.color().has_alpha() {
        return Ok(picture.into_rgb8());
    }
    let rgba = picture.into_rgba8();
    let (width, height) = rgba.dimensions();
    let mut bytes = rgba.into_raw();
    let pixels = bytes.len() / 4;
    // Pixel i moves from 4i to 3i: always at or before where it was read.
    for i in 0..pixels {
        let a = u16::from(bytes[4 * i + 3]);
        for c in 0..3 {
            let value = u16::from(bytes[4 * i + c]);
            bytes[3 * i + c] = ((value * a + 255 * (255 - a)) / 255) as u8;
        }
    }
    bytes.truncate(3 * pixels);
    RgbImage::from_raw(width, height, bytes).ok_or(UploadError::Unreadable)
}

/// A processed upload, not yet stored: the photo as it will be recorded
/// (its keys are the files' content hashes, known before writing) and the
/// files to write.
#[derive(Clone, Debug)]
pub struct PreparedPhoto {
    pub photo: Photo,
    files: Vec<(String, Vec<u8>)>,
}

/// Processes an upload without storing anything. The photo is the widest
/// rendition, with the narrower ones in [`Photo::smaller`] for `srcset`.
pub async fn prepare_photo(bytes: Vec<u8>) -> Result<PreparedPhoto, StoreError> {
    // However many uploads arrive at once, only this many pictures are
    // decoded at a time: each may take a few hundred megabytes.
    let permit = DECODING.acquire().await.map_err(|_| StoreError::Internal)?;
    let renditions = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        process(&bytes)
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "photo processing panicked");
        StoreError::Internal
    })??;
    let mut sized: Vec<(u32, u32, String)> = Vec::with_capacity(renditions.len());
    let mut files = Vec::with_capacity(renditions.len());
    for r in renditions {
        let key = crate::media::ssr::content_key(&r.jpeg, "jpg");
        sized.push((r.width, r.height, key.clone()));
        files.push((key, r.jpeg));
    }
    let (width, height, key) = sized.pop().ok_or(StoreError::Internal)?;
    let mut photo = Photo::single(key, width, height);
    photo.smaller = sized.into_iter().map(|(w, _, key)| (w, key)).collect();
    Ok(PreparedPhoto { photo, files })
}

/// Writes a prepared photo's files.
pub async fn save_photo(media: &dyn MediaStore, prepared: &PreparedPhoto) -> Result<(), StoreError> {
    for (key, jpeg) in &prepared.files {
        let stored = media.put(jpeg, "jpg").await.map_err(|e| {
            tracing::error!(error = %e, "storing a photo failed");
            StoreError::Internal
        })?;
        if &stored != key {
            tracing::error!(%key, %stored, "the media store named a photo differently");
            return Err(StoreError::Internal);
        }
    }
    Ok(())
}

/// Why storing an upload failed: the seller's photo, or our side.
#[derive(Debug, PartialEq, Eq)]
pub enum StoreError {
    Refused(UploadError),
    Internal,
}

impl From<UploadError> for StoreError {
    fn from(e: UploadError) -> Self {
        StoreError::Refused(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageBuffer, Rgb, Rgba};

    /// A real photo-like JPEG: a gradient, so resizing has something to do.
    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let picture = ImageBuffer::from_fn(width, height, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 128u8]));
        let mut out = Vec::new();
        DynamicImage::ImageRgb8(picture)
            .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90))
            .unwrap();
        out
    }

    fn png_rgba(width: u32, height: u32) -> Vec<u8> {
        let picture = ImageBuffer::from_fn(width, height, |x, _| {
            if x < width / 2 {
                Rgba([0u8, 0, 0, 0])
            } else {
                Rgba([200u8, 30, 30, 255])
            }
        });
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgba8(picture).write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    /// An EXIF APP1 segment (big-endian TIFF) with an orientation and a GPS
    /// block holding a latitude, inserted right after the JPEG's SOI marker.
    fn with_exif(jpeg: &[u8], orientation: u16) -> Vec<u8> {
        let mut tiff: Vec<u8> = b"MM\x00\x2a\x00\x00\x00\x08".to_vec();
        // IFD0 at 8: two entries, orientation and the GPS IFD pointer.
        tiff.extend_from_slice(&2u16.to_be_bytes());
        tiff.extend_from_slice(&[0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1]);
        tiff.extend_from_slice(&orientation.to_be_bytes());
        tiff.extend_from_slice(&[0, 0]);
        let gps_at = 8 + 2 + 2 * 12 + 4;
        tiff.extend_from_slice(&[0x88, 0x25, 0x00, 0x04, 0, 0, 0, 1]);
        tiff.extend_from_slice(&(gps_at as u32).to_be_bytes());
        tiff.extend_from_slice(&0u32.to_be_bytes());
        // GPS IFD: latitude ref "N" and a marker text a test can look for.
        tiff.extend_from_slice(&1u16.to_be_bytes());
        tiff.extend_from_slice(&[0x00, 0x01, 0x00, 0x02, 0, 0, 0, 2, b'N', 0, 0, 0]);
        tiff.extend_from_slice(&0u32.to_be_bytes());
        tiff.extend_from_slice(b"GPS-KHORPA-21.1N-81.6E");
        let mut segment = b"Exif\x00\x00".to_vec();
        segment.extend_from_slice(&tiff);
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&((segment.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&segment);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }

    /// A PNG whose header claims `width` × `height` and whose one data chunk
    /// is a few bytes: what a decompression bomb looks like before decoding.
    fn png_claiming(width: u32, height: u32) -> Vec<u8> {
        png_header_claiming(width, height, 8, 0)
    }

    fn png_header_claiming(width: u32, height: u32, bit_depth: u8, colour_type: u8) -> Vec<u8> {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            let mut body = kind.to_vec();
            body.extend_from_slice(data);
            c.extend_from_slice(&body);
            c.extend_from_slice(&crc32(&body).to_be_bytes());
            c
        };
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[bit_depth, colour_type, 0, 0, 0]);
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &ihdr));
        png.extend(chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]));
        png.extend(chunk(b"IEND", &[]));
        png
    }

    fn decoded(r: &Rendition) -> DynamicImage {
        assert_eq!(image::guess_format(&r.jpeg).unwrap(), ImageFormat::Jpeg);
        image::load_from_memory(&r.jpeg).unwrap()
    }

    #[test]
    fn a_large_phone_photo_becomes_three_widths_with_its_shape_kept() {
        let renditions = process(&jpeg(2000, 1500)).unwrap();
        let sizes: Vec<(u32, u32)> = renditions.iter().map(|r| (r.width, r.height)).collect();
        assert_eq!(sizes, vec![(320, 240), (640, 480), (1280, 960)]);
        for r in &renditions {
            assert_eq!((decoded(r).width(), decoded(r).height()), (r.width, r.height));
        }
        assert!(renditions[2].jpeg.len() < 400 * 1024, "the widest is small enough for a slow link");
    }

    #[test]
    fn a_small_photo_is_kept_at_its_size_never_enlarged() {
        let sizes: Vec<u32> = process(&jpeg(500, 500)).unwrap().iter().map(|r| r.width).collect();
        assert_eq!(sizes, vec![320, 500]);
        let sizes: Vec<u32> = process(&jpeg(200, 100)).unwrap().iter().map(|r| r.width).collect();
        assert_eq!(sizes, vec![200]);
    }

    #[test]
    fn gps_and_all_other_metadata_are_stripped() {
        let original = with_exif(&jpeg(800, 600), 1);
        assert!(contains(&original, b"Exif") && contains(&original, b"GPS-KHORPA"), "the test photo carries EXIF GPS");
        for r in process(&original).unwrap() {
            assert!(!contains(&r.jpeg, b"Exif"), "no EXIF block");
            assert!(!contains(&r.jpeg, b"GPS-KHORPA"), "no GPS data");
            assert!(!contains(&r.jpeg, &[0xFF, 0xE1]), "no APP1 segment of any kind");
        }
    }

    #[test]
    fn the_cameras_orientation_is_applied_before_the_metadata_goes() {
        // Orientation 6: the picture must be turned 90° clockwise to be upright.
        let sideways = with_exif(&jpeg(400, 200), 6);
        let r = process(&sideways).unwrap();
        assert_eq!((r[0].width, r[0].height), (200, 400));
    }

    #[test]
    fn transparent_png_parts_become_white() {
        let r = process(&png_rgba(64, 32)).unwrap();
        let picture = decoded(&r[0]).to_rgb8();
        let left = picture.get_pixel(4, 16).0;
        let right = picture.get_pixel(60, 16).0;
        assert!(left.iter().all(|c| *c > 240), "transparent → white, got {left:?}");
        assert!(right[0] > 150 && right[1] < 80, "opaque red stays red, got {right:?}");
    }

    #[test]
    fn a_decompression_bomb_is_refused_from_its_header() {
        let bomb = png_claiming(100_000, 100_000);
        assert!(bomb.len() < 100, "a tiny file");
        assert_eq!(process(&bomb).unwrap_err(), UploadError::TooManyPixels { width: 100_000, height: 100_000 });
        // Under the side limit but over the pixel limit.
        assert!(matches!(process(&png_claiming(9_000, 9_000)), Err(UploadError::TooManyPixels { .. })));
        // Under both, but 16-bit RGBA needs more memory than a decode may take.
        assert_eq!(
            process(&png_header_claiming(7_000, 7_000, 16, 6)).unwrap_err(),
            UploadError::TooManyPixels { width: 7_000, height: 7_000 }
        );
    }

    #[test]
    fn a_file_is_judged_by_its_bytes_not_its_name() {
        assert_eq!(process(b"hello, this is a text file called photo.jpg").unwrap_err(), UploadError::NotAnImage);
        assert_eq!(process(b"<svg xmlns='http://www.w3.org/2000/svg'/>").unwrap_err(), UploadError::NotAnImage);
        assert_eq!(process(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;").unwrap_err(), UploadError::UnsupportedType);
        // A JPEG cut off before its picture starts. (One cut off later is
        // decoded as far as it goes, the rest grey: the seller sees that in
        // her preview and can upload it again.)
        let photo = jpeg(800, 600);
        assert!(matches!(process(&photo[..20]), Err(UploadError::Unreadable)));
        // JPEG magic followed by rubbish.
        assert!(matches!(process(b"\xFF\xD8\xFF\xE0 rubbish rubbish rubbish"), Err(UploadError::Unreadable)));
        assert_eq!(process(b"").unwrap_err(), UploadError::Empty);
    }

    #[test]
    fn an_oversized_upload_is_refused_before_decoding() {
        let mut huge = jpeg(16, 16);
        huge.resize(MAX_BYTES + 1, 0);
        assert_eq!(process(&huge).unwrap_err(), UploadError::TooLarge { bytes: MAX_BYTES + 1 });
    }

    #[test]
    fn every_refusal_explains_itself_in_both_languages() {
        for e in [
            UploadError::Empty,
            UploadError::TooLarge { bytes: 30 << 20 },
            UploadError::NotAnImage,
            UploadError::UnsupportedType,
            UploadError::TooManyPixels { width: 1, height: 2 },
            UploadError::Unreadable,
        ] {
            let m = e.message();
            assert!(!m.hi.is_empty() && !m.en.is_empty() && m.hi != m.en, "{e:?}");
        }
    }

    #[tokio::test]
    async fn stored_photos_are_named_by_content_and_listed_for_srcset() {
        let dir = std::env::temp_dir().join(format!("haat-upload-test-{}", std::process::id()));
        let media = crate::media::ssr::LocalMediaStore::new(&dir);
        let prepared = prepare_photo(jpeg(1000, 800)).await.unwrap();
        let photo = prepared.photo.clone();
        assert_eq!((photo.width, photo.height), (1000, 800));
        assert_eq!(photo.smaller.iter().map(|(w, _)| *w).collect::<Vec<_>>(), vec![320, 640]);
        for key in photo.smaller.iter().map(|(_, k)| k).chain([&photo.key]) {
            assert!(key.ends_with(".jpg") && !media.exists(key).await, "prepared, not yet written");
        }
        save_photo(&media, &prepared).await.unwrap();
        for key in photo.smaller.iter().map(|(_, k)| k).chain([&photo.key]) {
            assert!(media.exists(key).await);
        }
        let again = prepare_photo(jpeg(1000, 800)).await.unwrap();
        assert_eq!(again.photo, photo, "the same photo twice has the same names");
        save_photo(&media, &again).await.unwrap();
        let (small, medium) = (&photo.smaller[0].1, &photo.smaller[1].1);
        assert_eq!(
            photo.srcset().unwrap(),
            format!("/media/{small} 320w, /media/{medium} 640w, /media/{} 1000w", photo.key)
        );
        assert_eq!(
            prepare_photo(b"not a photo".to_vec()).await.unwrap_err(),
            StoreError::Refused(UploadError::NotAnImage)
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_jpeg_cut_short_is_refused_and_a_whole_one_with_a_trailer_is_not() {
        let whole = jpeg(400, 300);
        assert!(jpeg_is_complete(&whole));
        let cut = &whole[..whole.len() * 3 / 5];
        assert!(!jpeg_is_complete(cut));
        assert_eq!(process(cut).unwrap_err(), UploadError::Unreadable);
        // Some phones append their own data after the picture.
        let mut trailer = whole.clone();
        trailer.extend_from_slice(b"SEFHsome phone's own trailer");
        assert!(jpeg_is_complete(&trailer));
        assert!(process(&trailer).is_ok());
        // Stray bytes between two segments do not matter.
        let mut stray = whole[..2].to_vec();
        stray.extend_from_slice(b"\0\0junk");
        stray.extend_from_slice(&whole[2..]);
        assert!(jpeg_is_complete(&stray));
        // Only the end marker missing: refused too (it cannot be told from a cut).
        assert!(!jpeg_is_complete(&whole[..whole.len() - 2]));
        assert!(!jpeg_is_complete(&whole[..4]));
    }
}
