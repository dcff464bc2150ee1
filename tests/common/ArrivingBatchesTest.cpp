#include "common/ArrivingBatches.h"

#include <QSemaphore>
#include <QTest>

// Inputs that arrive one by one are worked on a slice at a time and come back complete
// and in their order, whether taken at the end or as the slices after theirs start.

using Core::Common::ArrivingBatches;

class ArrivingBatchesTest : public QObject {
    Q_OBJECT

private slots:
    void takeGivesEveryResultInOrder()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        ArrivingBatches<int, int> squares(
            pool, [](const int& value) { return value * value; }, 7);
        QList<int> expected;
        for (int value = 0; value < 100; ++value) {
            squares.add(value);
            expected.append(value * value);
        }
        QCOMPARE(squares.take(), expected);
    }

    // Only the results of slices older than the newest started one are handed on early.
    void takeOlderHandsOnAllButTheNewestSlice()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        ArrivingBatches<int, int> doubled(
            pool, [](const int& value) { return 2 * value; }, 10);
        QList<int> handed;
        const auto keep = [&](const int& result) { handed.append(result); };
        QList<qsizetype> handedAfterEach;
        for (int value = 0; value < 35; ++value) {
            doubled.add(value);
            doubled.takeOlder(keep);
            handedAfterEach.append(handed.size());
        }
        // Slices start at 10, 20 and 30 inputs; each start lets the one before go.
        QCOMPARE(handedAfterEach.at(9), 0);
        QCOMPARE(handedAfterEach.at(19), 10);
        QCOMPARE(handedAfterEach.at(29), 20);
        QCOMPARE(handedAfterEach.at(34), 20);
        doubled.takeAll(keep);
        QCOMPARE(handed.size(), 35);
        for (int value = 0; value < 35; ++value)
            QCOMPARE(handed.at(value), 2 * value);
    }

    // Keeping more slices started, the oldest are still handed on in order, and only once
    // more than that many have started.
    void takeOlderCanKeepSeveralSlices()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        ArrivingBatches<int, int> doubled(
            pool, [](const int& value) { return 2 * value; }, 10);
        QList<int> handed;
        const auto keep = [&](const int& result) { handed.append(result); };
        QList<qsizetype> handedAfterEach;
        for (int value = 0; value < 55; ++value) {
            doubled.add(value);
            doubled.takeOlder(keep, 3);
            handedAfterEach.append(handed.size());
        }
        // Slices start at 10, 20, 30, 40 and 50 inputs; the fourth start lets the first go.
        QCOMPARE(handedAfterEach.at(29), 0);
        QCOMPARE(handedAfterEach.at(39), 10);
        QCOMPARE(handedAfterEach.at(49), 20);
        QCOMPARE(handedAfterEach.at(54), 20);
        doubled.takeAll(keep);
        QCOMPARE(handed.size(), 55);
        for (int value = 0; value < 55; ++value)
            QCOMPARE(handed.at(value), 2 * value);
    }

    // takeFinished never waits: a slice still being worked on holds back itself and every
    // slice after it, so the results still come in order.
    void takeFinishedHandsOnOnlyWhatIsDone()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QSemaphore firstSliceMayEnd;
        ArrivingBatches<int, int> tripled(
            pool,
            [&](const int& value) {
                if (value == 0)
                    firstSliceMayEnd.acquire();
                return 3 * value;
            },
            5);
        QList<int> handed;
        const auto keep = [&](const int& result) { handed.append(result); };
        for (int value = 0; value < 10; ++value)
            tripled.add(value);
        // Whether or not the second slice is done, it waits for the first.
        tripled.takeFinished(keep);
        QVERIFY(handed.isEmpty());
        firstSliceMayEnd.release();
        QTRY_VERIFY([&] {
            tripled.takeFinished(keep);
            return handed.size() == 10;
        }());
        for (int value = 0; value < 10; ++value)
            QCOMPARE(handed.at(value), 3 * value);
    }

    void takeAllOfNothingHandsOnNothing()
    {
        QThreadPool pool;
        ArrivingBatches<int, int> none(
            pool, [](const int& value) { return value; }, 3);
        int handed = 0;
        none.takeAll([&](const int&) { ++handed; });
        QCOMPARE(handed, 0);
    }
};

QTEST_GUILESS_MAIN(ArrivingBatchesTest)
#include "ArrivingBatchesTest.moc"
