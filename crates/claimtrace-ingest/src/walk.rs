//! Inputs: a file, a directory (walked recursively, in name order, one file
//! at a time), or `-` for stdin.

use std::fs::File;
use std::path::Path;

use crate::input::extension_hint;
use crate::{Documents, IngestError, ReadOptions};

/// Extensions of files a directory walk skips without a word: they are
/// never news text (images, fonts, archives, media, binaries).
const SKIPPED_EXTENSIONS: &[&str] = &[
    "png",
    "jpg",
    "jpeg",
    "gif",
    "webp",
    "bmp",
    "ico",
    "tif",
    "tiff",
    "svg",
    "pdf",
    "zip",
    "tar",
    "tgz",
    "bz2",
    "xz",
    "zst",
    "7z",
    "rar",
    "woff",
    "woff2",
    "ttf",
    "otf",
    "eot",
    "mp3",
    "mp4",
    "m4a",
    "avi",
    "mov",
    "mkv",
    "wav",
    "ogg",
    "webm",
    "flac",
    "exe",
    "dll",
    "so",
    "dylib",
    "o",
    "a",
    "class",
    "jar",
    "pyc",
    "wasm",
    "bin",
    "db",
    "sqlite",
    "parquet",
    "arrow",
    "pkl",
    "npy",
    "safetensors",
    "onnx",
    "lock",
];

pub(crate) fn read_input(input: String, opts: ReadOptions) -> Documents {
    if input == "-" {
        return crate::input::read_stream(Box::new(std::io::stdin()), "stdin".to_string(), opts);
    }
    let path = Path::new(&input);
    match std::fs::metadata(path) {
        Err(source) => Box::new(std::iter::once(Err(IngestError::Io {
            path: input,
            source,
        }))),
        Ok(meta) if meta.is_dir() => read_directory(input, opts),
        Ok(_) => read_file(input, opts),
    }
}

fn read_file(name: String, opts: ReadOptions) -> Documents {
    match File::open(&name) {
        Ok(file) => crate::input::read_stream(Box::new(file), name, opts),
        Err(source) => Box::new(std::iter::once(Err(IngestError::Io { path: name, source }))),
    }
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.')
}

fn read_directory(dir: String, opts: ReadOptions) -> Documents {
    let walk = walkdir::WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !is_hidden(e));
    Box::new(walk.flat_map(move |entry| -> Documents {
        match entry {
            Ok(entry) if entry.file_type().is_dir() => Box::new(std::iter::empty()),
            // Sockets, pipes and devices could block or never end.
            Ok(entry) if !entry.file_type().is_file() => Box::new(std::iter::empty()),
            Ok(entry) => {
                let name = entry.path().to_string_lossy().into_owned();
                if SKIPPED_EXTENSIONS.contains(&extension_hint(&name).as_str()) {
                    return Box::new(std::iter::empty());
                }
                read_file(name, opts.clone())
            }
            Err(e) => {
                let path = e
                    .path()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|| dir.clone());
                let source = e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("directory loop (symbolic link)"));
                Box::new(std::iter::once(Err(IngestError::Io { path, source })))
            }
        }
    }))
}
