; Latvian texts for the installer's own messages (electron-builder.yml: nsis.include).
; electron-builder ships these in English only: app-builder-lib's templates/nsis/messages.yml
; has no "lv", so for language 1062 it writes the English text. Every other text of the
; one-click installer and uninstaller comes from NSIS's own Latvian language file
; (MUI_LANGUAGE "Latvian", from installerLanguages: lv_LV).
;
; installer.nsi inserts customHeader after "!insertmacro addLangs", so Latvian is loaded and
; these definitions come after electron-builder's English ones and replace them. NSIS warns
; (6030) when a LangString is set twice, and electron-builder runs makensis with -WX, so that
; one warning is switched off around these lines only.
; tests/unit/electron/nsis-language.test.ts checks that every message id is here and compiles
; this file with makensis -WX.

!macro customHeader
  !pragma warning push
  !pragma warning disable 6030
  LangString win7Required 1062 "Nepieciešama Windows 7 vai jaunāka versija."
  LangString x64WinRequired 1062 "Nepieciešama 64 bitu Windows versija."
  LangString appRunning 1062 "${PRODUCT_NAME} pašlaik darbojas.$\r$\nNoklikšķiniet uz “Labi”, lai programmu aizvērtu.$\r$\nJa tā neaizveras, aizveriet to pats."
  LangString appCannotBeClosed 1062 "${PRODUCT_NAME} neizdodas aizvērt.$\r$\nAizveriet programmu pats un noklikšķiniet uz “Mēģināt vēlreiz”."
  LangString installing 1062 "Notiek instalēšana, lūdzu, uzgaidiet…"
  LangString areYouSureToUninstall 1062 "Vai tiešām atinstalēt ${PRODUCT_NAME}? Reģistra dati paliek šajā datorā."
  LangString decompressionFailed 1062 "Neizdevās atarhivēt failus. Palaidiet instalēšanas programmu vēlreiz."
  LangString uninstallFailed 1062 "Neizdevās noņemt iepriekšējās versijas failus. Palaidiet instalēšanas programmu vēlreiz."
  LangString appClosing 1062 "Notiek ${PRODUCT_NAME} aizvēršana…"
  !pragma warning pop
!macroend
