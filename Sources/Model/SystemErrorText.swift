import Foundation

extension Wording {
    /// The operating system's reason for error number `code`: `strerror` in English, and in Bokmål for the
    /// reasons a person meets with files (the C library has no Bokmål of its own on most systems).
    public static func systemError(_ code: Int32) -> Wording {
        let english = String(cString: strerror(code))
        let bokmal: String? = switch code {
        case ENOENT: "fila eller mappa finnes ikke"
        case EACCES, EPERM: "ingen tilgang"
        case EISDIR: "er en mappe"
        case ENOTDIR: "en del av stien er ikke en mappe"
        case ENOSPC: "disken er full"
        case EDQUOT: "kvoten på disken er brukt opp"
        case EROFS: "filsystemet kan bare leses"
        case EEXIST: "fila finnes allerede"
        case EIO: "lese- eller skrivefeil på disken"
        case EFBIG: "fila er for stor"
        case ENAMETOOLONG: "filnavnet er for langt"
        default: nil
        }
        return Wording(bokmal ?? english, english)
    }
}
