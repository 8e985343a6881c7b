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

/// File names a directory walk skips unless asked (`include_all`): the
/// licence, readme and manifest files that sit beside corpora and are
/// not news. Compared case-insensitively with the start of the name.
const NOT_NEWS_PREFIXES: &[&str] = &[
    "license", "licence", "readme", "copying", "notice", "manifest",
];

fn is_not_news(file_name: &str) -> bool {
    let lower = file_name.to_lowercase();
    NOT_NEWS_PREFIXES.iter().any(|p| lower.starts_with(p))
}

pub(crate) fn read_input(input: String, opts: ReadOptions) -> Documents {
    if input == "-" {
        return crate::input::read_named_stream(
            Box::new(std::io::stdin()),
            "stdin".to_string(),
            crate::input::IdName::Stdin(opts.stdin_id.clone()),
            opts,
        );
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
    let id_name = match opts.file_ids {
        crate::FileIds::AsGiven => name.clone(),
        // Not canonicalisable (a race with its removal): the open below
        // fails and says so.
        crate::FileIds::Canonical => std::fs::canonicalize(&name)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| name.clone()),
    };
    match File::open(&name) {
        Ok(file) => crate::input::read_named_stream(
            Box::new(file),
            name,
            crate::input::IdName::File(id_name),
            opts,
        ),
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
                if !opts.include_all && is_not_news(&entry.file_name().to_string_lossy()) {
                    opts.skipped.push(name);
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
