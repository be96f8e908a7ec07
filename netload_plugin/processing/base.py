"""The small base class every NetLoad algorithm derives from.

It gives each algorithm its translated name and group, its help (the file ``help/<language>/<id>.md``,
see :mod:`.help`), its place in the algorithm reference, its icon and ``createInstance()``; subclasses
only declare parameters and implement :meth:`NetLoadAlgorithm.process`.

The base owns ``processAlgorithm`` so that every algorithm ends an error or a cancel the same way
(see docs/development.md, "Errors and cancel"):

* an error meant for the analyst (``NetLoadError``, or a class listed in ``USER_ERRORS``) or a
  ``QgsProcessingException`` becomes one ``QgsProcessingException`` with its one-line message;
* a cancel — ``Cancelled`` raised anywhere, or any such error raised once the user has asked to
  stop — returns ``{}``: no output, earlier outputs left as they were; a ``Cancelled`` the feedback
  did not ask for (Ctrl+C in a shell running ``qgis_process``) fails with its one line instead, so a
  script or the monitor sees a non-zero exit rather than a silent success;
* anything else is a bug: its traceback goes to the log and the run fails with one line.

Before the first step every file destination is checked (``geo.destinations``): one that cannot be
written fails at once, and stale leftovers of killed runs beside it are removed.

In every case the exception is dropped and its traceback frames cleared before ``processAlgorithm``
returns or raises, so no layer or feature a frame held stays alive until the interpreter exits
(QGIS 3.22 crashed at exit, status 139, when a kept traceback still held layers).
"""

import contextlib
import traceback

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..about import PLUGIN_DIR
from ..core.errors import Cancelled, NetLoadError
from ..geo.destinations import check_destinations
from ..geo.gdal_exceptions import gdal_exceptions
from ..translation import user_locale
from .help import help_html, reference_url, with_labels

GROUP_SOURCES = "sources"
GROUP_MODEL = "model"
GROUP_ROOFTOPS = "rooftops"
GROUP_WORKFLOW = "workflow"

_GROUP_NAMES = {
    GROUP_SOURCES: QT_TRANSLATE_NOOP("NetLoadAlgorithm", "Data sources"),
    GROUP_MODEL: QT_TRANSLATE_NOOP("NetLoadAlgorithm", "Hidden load model"),
    GROUP_ROOFTOPS: QT_TRANSLATE_NOOP("NetLoadAlgorithm", "Rooftop PV"),
    GROUP_WORKFLOW: QT_TRANSLATE_NOOP("NetLoadAlgorithm", "Workflow"),
}


class NetLoadAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``ALGORITHM_ID``, ``GROUP`` and implement :meth:`process`."""

    ALGORITHM_ID = ""
    GROUP = GROUP_SOURCES
    #: Exceptions whose message is written for the analyst: shown as one line, never as a traceback.
    USER_ERRORS: tuple = (NetLoadError,)
    #: True for work written for GDAL raising Python exceptions: switched on for the run only
    #: (:mod:`..geo.gdal_exceptions`), never for the QGIS process.
    GDAL_EXCEPTIONS = False

    def __init_subclass__(cls, **kwargs):
        """Refuse a subclass that overrides ``processAlgorithm``: it would bypass the error and cancel contract."""
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in vars(cls):
            raise TypeError(f"{cls.__name__}: implement process(), not processAlgorithm() "
                            "(NetLoadAlgorithm wraps it with the error and cancel handling)")

    def tr(self, text: str) -> str:
        """Translate ``text`` in the context of the class whose code holds it.

        The extractor (scripts/update_translations.py, like pylupdate) files each ``self.tr`` string
        under the class that lexically contains it, so a string written in a shared base class lives
        in that base's context. Look it up along the MRO, concrete class first, down to
        NetLoadAlgorithm; ``translate`` returns the text unchanged when a context lacks it.
        """
        mro = type(self).__mro__
        for cls in mro[: mro.index(NetLoadAlgorithm) + 1]:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ALGORITHM_ID

    def groupId(self) -> str:
        return self.GROUP

    def group(self) -> str:
        return QCoreApplication.translate("NetLoadAlgorithm", _GROUP_NAMES[self.GROUP])

    def icon(self) -> QIcon:
        return QIcon(str(PLUGIN_DIR / "icons" / "netload.svg"))

    def shortHelpString(self) -> str:
        """The help file of this algorithm in the analyst's language (English when it has none), as HTML, each
        parameter's name followed by its label."""
        labels = {definition.name(): definition.description() for definition in self.parameterDefinitions()}
        return with_labels(help_html(self.ALGORITHM_ID, user_locale()), labels)

    def helpUrl(self) -> str:
        """This algorithm's section of the generated reference, in the analyst's language."""
        return reference_url(self.ALGORITHM_ID, user_locale())

    # -- running ---------------------------------------------------------------------------------
    def process(self, parameters, context, feedback) -> dict:
        """The algorithm's work (what QGIS calls ``processAlgorithm``); returns the results.

        Raise ``NetLoadError`` (or a ``USER_ERRORS`` class) for anything the analyst can fix, and
        call :meth:`check_cancelled` between steps. Write each output only after the last cancel
        check that could abandon it, through a writer that replaces the earlier file atomically.
        """
        raise NotImplementedError

    @staticmethod
    def check_cancelled(feedback) -> None:
        """Raise ``Cancelled`` when the user asked to stop (call it between steps)."""
        if feedback.isCanceled():
            raise Cancelled()

    def processAlgorithm(self, parameters, context, feedback):
        """Run :meth:`process` under the contract described in the module docstring."""
        if feedback is None:
            feedback = QgsProcessingFeedback()
        message = None
        try:
            self.check_cancelled(feedback)  # cancelled before the first step: touch nothing
            check_destinations(self, parameters, context)  # an unwritable output fails now, not after the work
            with gdal_exceptions() if self.GDAL_EXCEPTIONS else contextlib.nullcontext():
                return self.process(parameters, context, feedback)
        except Cancelled as error:
            if not feedback.isCanceled():  # Ctrl+C in a shell (qgis_process): fail, so scripts see an exit code
                message = str(error)
            traceback.clear_frames(error.__traceback__)
        except (QgsProcessingException, *self.USER_ERRORS) as error:
            if not feedback.isCanceled():  # once cancelled, an error is the cancel's consequence
                message = str(error)
            traceback.clear_frames(error.__traceback__)
        except Exception as error:  # noqa: BLE001 (a bug: keep its traceback in the log, not in memory)
            feedback.reportError(traceback.format_exc(), fatalError=False)
            message = self.tr("Unexpected error (please report it with the log above): {}: {}").format(
                type(error).__name__, error)
            traceback.clear_frames(error.__traceback__)
        # Outside the handlers: the exception is gone, and nothing chains it to what follows.
        if message is not None:
            raise QgsProcessingException(message)
        feedback.pushInfo(self.tr("Cancelled: no output written; earlier outputs are left as they were."))
        return {}
